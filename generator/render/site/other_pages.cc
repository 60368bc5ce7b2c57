// The documents list and one page per document, the mentors who may be named, and the 404 page.
#include "base/text.h"
#include "base/typography.h"
#include "render/html/html_blocks.h"
#include "render/site/published_person.h"
#include "render/site/site_page.h"

namespace nastavnik::render::site {
namespace {

std::string FileName(const std::string& path) { return path.substr(path.rfind('/') + 1); }

}  // namespace

std::vector<PageOut> DocumentPages(const std::vector<PublicDocument>& documents, const html::HtmlContext& context) {
  std::vector<PageOut> pages;
  PageOut list{"documents.html", "documents", "Документы", "Документы программы наставничества", {},
               {{"Главная", "index.html"}}, {}, true};
  TemplateValue items = TemplateValue::List();
  for (const PublicDocument& d : documents) {
    // A document without a PDF (an aggregates-only report) is a page with nothing to download.
    bool has_pdf = !d.file.empty();
    std::string size = has_pdf ? "PDF, " + SizeText(d.bytes) : "";
    items.Push(TemplateValue()
                   .Set("title", typography::Typeset(d.title))
                   .Set("url", d.slug + ".html")
                   .Set("has_pdf", TemplateValue::Bool(has_pdf))
                   .Set("pdf_url", has_pdf ? "files/" + FileName(d.file) : "")
                   .Set("size", size));
    PageOut page{d.slug + ".html", "document", d.title, "", {},
                 {{"Главная", "index.html"}, {"Документы", "documents.html"}}, {}, true};
    std::string root = RootPrefix(page.path);
    page.values.Set("has_pdf", TemplateValue::Bool(has_pdf))
        .Set("pdf_url", has_pdf ? root + "files/" + FileName(d.file) : "")
        .Set("size", size)
        .Set("content", html::RenderBlocks(d.body.blocks, html::ShiftBelowTitle(d.body.blocks), &context));
    pages.push_back(std::move(page));
  }
  list.values.Set("documents", items).Set("has_documents", TemplateValue::Bool(!documents.empty()));
  pages.insert(pages.begin(), std::move(list));
  return pages;
}

PageOut MentorsPage(const model::Program& p, const std::map<std::string, load::Asset>* photos,
                    std::vector<const load::Asset*>* published) {
  PageOut page{"mentors.html", "mentors", "Наставники", "Наставники программы", {}, {{"Главная", "index.html"}}, {}, true};
  TemplateValue mentors = TemplateValue::List();
  int hidden = 0;
  for (const model::Person& person : p.people) {
    if (!person.is_mentor) continue;
    const load::Asset* photo = nullptr;
    if (photos) {
      auto it = photos->find(person.id);
      if (it != photos->end()) photo = &it->second;
    }
    std::optional<PublishedPerson> pub =
        p.site.publish_mentors ? PublishPerson(person, p.privacy, photo ? photo->target : "") : std::nullopt;
    if (!pub) {
      ++hidden;
      continue;
    }
    if (pub->fields.count("photo")) published->push_back(photo);
    // Only what PublishPerson let through reaches the template.
    TemplateValue card;
    for (const auto& [field, value] : pub->fields) card.Set(field, value);
    TemplateValue strengths = TemplateValue::List();
    for (const std::string& s : pub->strengths) strengths.Push(TemplateValue().Set("name", s));
    card.Set("strengths", strengths).Set("has_strengths", TemplateValue::Bool(!pub->strengths.empty()));
    std::string joined;
    for (const std::string& s : pub->strengths) joined += (joined.empty() ? "" : ", ") + s;
    card.Set("strengths_text", joined);
    mentors.Push(card);
  }
  page.values.Set("publish", TemplateValue::Bool(p.site.publish_mentors));
  page.values.Set("has_mentors", TemplateValue::Bool(!mentors.items.empty()));
  page.values.Set("mentors", mentors);
  page.values.Set("hidden", hidden && p.site.publish_mentors ? std::to_string(hidden) : "");
  return page;
}

PageOut NotFoundPage() {
  PageOut page{"404.html", "404", "Страница не найдена", "", {}, {}, {}, false};
  return page;
}

}  // namespace nastavnik::render::site
