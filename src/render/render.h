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

// The kept blocks as Markdown (render_markup.cc).
std::string RenderMarkdown(const Article& article, const RenderOptions& options);

// The kept blocks as a minimal HTML document (render_markup.cc).
std::string RenderHtml(const Article& article, const RenderOptions& options);

}  // namespace pith::internal

#endif  // PITH_SRC_RENDER_H_
