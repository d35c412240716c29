// Handmade pages shared by the tests of several stages: a blog's short post
// beside the site's cards of its next stories, read by page typing
// (page_type_test) and by region choice (rules_test).
#ifndef PITH_TESTS_SHORT_POST_PAGES_H_
#define PITH_TESTS_SHORT_POST_PAGES_H_

#include <string>

namespace pith::testing {

// A post of one paragraph (a cartoon and a line about it) in a box with id
// `post_id`, its headline with `byline` over it, then six cards of the
// site's next stories, each a heading that is one link over a summary
// longer than the post and a "READ THE REST" link (boingboing.net's
// "nextstory" cards).
inline std::string PostOverNextStoryCards(const std::string& byline, const std::string& post_id) {
  std::string cards;
  for (int i = 0; i < 6; ++i) {
    const std::string link = "/2019/09/2" + std::to_string(i) + "/story.html";
    cards += "<div class=\"nextstory\"><h2><a href=\"" + link + "\">A choir sings with two "
             "guests on stage, part " + std::to_string(i) + "</a></h2><p>The good folks at the "
             "choir are still doing their thing, and now they have asked two old friends to "
             "play along at a festival in the spring, where the crowd joined in for the chorus "
             "and the band kept going long after the lights came on, while the two guests "
             "traded verses and the hall sang the last lines back to them twice over before "
             "the night was done.</p><h3><a href=\"" + link + "\">READ THE REST</a></h3></div>";
  }
  return "<html><head><title>Hating the young / Daily Mutant</title></head><body><div "
         "class=\"navbyline\"><a href=\"/\">Home</a> / " + byline + "</div><div "
         "id=\"headline\"><h1>Hating the young, the prejudice you may boast about</h1></div>"
         "<div id=\"" + post_id + "\"><p>A cartoonist got a spot on the news for his scathing "
         "critique of the story told about the young, which has gone well beyond grumbling "
         "into the realm of plain prejudice. Click through for the whole thing.</p></div><div "
         "id=\"next-posts\">" + cards + "</div></body></html>";
}

// The byline of that post: the writer's linked name and the post's time to
// the minute in words ("/ Cory Doctorow / 10:08 am Fri Jul 19, 2013").
inline constexpr char kLinkedBylineWithTime[] =
    "<span class=\"author\"><a href=\"/author/ann\">Ann Lee</a></span> / <span "
    "class=\"date\">10:08 am Fri</span> Jul 19, 2013";

}  // namespace pith::testing

#endif  // PITH_TESTS_SHORT_POST_PAGES_H_
