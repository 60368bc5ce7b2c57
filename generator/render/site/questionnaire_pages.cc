#include "render/site/questionnaire_pages.h"

#include "base/typography.h"
#include "render/html/html_blocks.h"

namespace nastavnik::render::site {

std::vector<PageOut> QuestionnairePages(const std::vector<PublicDocument>& forms, const html::HtmlContext& context) {
  std::vector<PageOut> pages;
  if (forms.empty()) return pages;
  const std::pair<std::string, std::string> home{"Главная", "index.html"};
  PageOut list{"ankety.html", "documents", "Анкеты мониторинга",
               "Бланки анкет мониторинга программы наставничества для печати", {}, {home}, {}, true};
  TemplateValue items = TemplateValue::List();
  for (const PublicDocument& f : forms) {
    std::string pdf_url = "files/" + f.file.substr(4);  // "pdf/ankety/x.pdf" → "files/ankety/x.pdf"
    std::string size = "PDF, " + SizeText(f.bytes);
    items.Push(TemplateValue()
                   .Set("title", typography::Typeset(f.title))
                   .Set("url", f.slug + ".html")
                   .Set("has_pdf", TemplateValue::Bool(true))
                   .Set("pdf_url", pdf_url)
                   .Set("size", size));
    PageOut page{f.slug + ".html", "document", f.title, "Бланк анкеты для печати", {},
                 {home, {"Анкеты мониторинга", "ankety.html"}}, {}, true};
    page.values.Set("has_pdf", TemplateValue::Bool(true))
        .Set("pdf_url", RootPrefix(page.path) + pdf_url)
        .Set("size", size)
        .Set("content", html::RenderBlocks(f.body.blocks, html::ShiftBelowTitle(f.body.blocks), &context));
    pages.push_back(std::move(page));
  }
  list.values.Set("documents", items).Set("has_documents", TemplateValue::Bool(true));
  pages.insert(pages.begin(), std::move(list));
  return pages;
}

}  // namespace nastavnik::render::site
