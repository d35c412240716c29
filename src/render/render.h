// Stage 7, render: Article -> text, JSON, or the --explain HTML page.
// Pure functions of the Article; they never look at the page again.
#ifndef PITH_SRC_RENDER_H_
#define PITH_SRC_RENDER_H_

#include <string>

#include "pith/article.h"
#include "pith/pith.h"

namespace pith::internal {

// Escapes &, <, >, " for HTML text and attribute values.
std::string EscapeHtml(const std::string& text);

// Whether a link's URL leads somewhere: not a script run on the page
// ("javascript:", "vbscript:") nor data written into it ("data:"), in any
// case and with the tabs and line breaks a browser ignores in a URL. The
// output formats write the others' words without their links.
bool IsNavigableUrl(const std::string& url);

// The kept blocks as Markdown (render_markup.cc).
std::string RenderMarkdown(const Article& article, const RenderOptions& options);

// The kept blocks as a minimal HTML document (render_markup.cc).
std::string RenderHtml(const Article& article, const RenderOptions& options);

}  // namespace pith::internal

#endif  // PITH_SRC_RENDER_H_
