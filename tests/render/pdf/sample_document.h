// A document with every kind of block the paperwork uses, shared by the PDF renderer's tests:
// a stamp, wrapped and justified text, inline styles, nested lists, a 60-row table, signatures.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"
#include "render/pdf/tiny_png.h"

namespace nastavnik::render::pdf::testdata {

/// The image files the sample document shows.
inline const std::map<std::string, std::string_view>& SampleImages() {
  static const std::string logo = TinyPng(60, 30);
  static const std::map<std::string, std::string_view> images = {{"images/logo.png", logo}};
  return images;
}

inline doc::Inline Styled(doc::InlineKind kind, std::string text) {
  doc::Inline in;
  in.kind = kind;
  in.children.push_back(doc::Text(std::move(text)));
  return in;
}

inline const char* kLongParagraph =
    "Настоящее положение определяет порядок организации наставничества в образовательной "
    "организации, права и обязанности наставников и наставляемых, формы наставничества и "
    "ролевые модели, а также порядок мониторинга и оценки качества реализации программы "
    "наставничества, включая ответственность участников за достижение результатов.";

inline doc::Block Corner(std::vector<std::string> lines) {
  doc::Block b;
  b.kind = doc::BlockKind::kCorner;
  b.lines = std::move(lines);
  return b;
}

inline doc::Document SampleDocument() {
  doc::Document d;
  d.title = "Положение о наставничестве";
  d.author = "МБОУ «СОШ № 1»";
  d.subject = "Программа наставничества";
  d.blocks.push_back(Corner({"ПРИНЯТО", "на педагогическом совете", "протокол от 29.08.2025 № 1"}));
  d.blocks.push_back(Corner({"УТВЕРЖДАЮ", "Директор МБОУ «СОШ № 1»", "____________ И. И. Иванов",
                             "«01» сентября 2025 г."}));
  d.blocks.push_back(doc::Heading(1, "ПОЛОЖЕНИЕ о наставничестве в МБОУ «СОШ № 1»"));
  d.blocks.push_back(doc::Heading(2, "1. Общие положения"));
  d.blocks.push_back(doc::Paragraph(kLongParagraph));
  doc::Block mixed;
  mixed.inlines = {doc::Text("Наставничество — "), Styled(doc::InlineKind::kStrong, "универсальная технология"),
                   doc::Text(" передачи опыта, "), Styled(doc::InlineKind::kEmphasis, "знаний"),
                   doc::Text(" и навыков; сведения публикуются на сайте ")};
  doc::Inline link = Styled(doc::InlineKind::kLink, "школы");
  link.url = "https://school.example.ru/nastavnichestvo";
  mixed.inlines.push_back(link);
  mixed.inlines.push_back(doc::Text(", а устаревшие нормы "));
  mixed.inlines.push_back(Styled(doc::InlineKind::kStrike, "отменены"));
  mixed.inlines.push_back(doc::Text(" в установленном порядке. Код программы: "));
  doc::Inline code;
  code.kind = doc::InlineKind::kCode;
  code.text = "NS-2025";
  mixed.inlines.push_back(code);
  mixed.inlines.push_back(doc::Text("."));
  d.blocks.push_back(mixed);

  doc::Block list;
  list.kind = doc::BlockKind::kList;
  list.ordered = true;
  for (const char* item : {"сформировать базу наставников и наставляемых;",
                           "обучить наставников методам работы с наставляемыми, включая цифровые "
                           "инструменты и методики оценки результатов;",
                           "провести мониторинг."}) {
    doc::Block li;
    li.kind = doc::BlockKind::kListItem;
    li.children.push_back(doc::Paragraph(item));
    list.children.push_back(li);
  }
  doc::Block nested;
  nested.kind = doc::BlockKind::kList;
  doc::Block task;
  task.kind = doc::BlockKind::kListItem;
  task.checked = true;
  task.children.push_back(doc::Paragraph("вложенный пункт выполнен"));
  nested.children.push_back(task);
  list.children[1].children.push_back(nested);
  d.blocks.push_back(list);

  doc::Block quote;
  quote.kind = doc::BlockKind::kQuote;
  quote.children.push_back(doc::Paragraph(
      "Наставник — это человек, который помогает наставляемому раскрыть потенциал и найти свой путь "
      "в профессии, делясь опытом и знаниями."));
  d.blocks.push_back(quote);
  doc::Block code_block;
  code_block.kind = doc::BlockKind::kCode;
  code_block.text = "[программа]\nназвание = \"Наставничество\"\n  отступ сохраняется";
  d.blocks.push_back(code_block);
  doc::Block rule;
  rule.kind = doc::BlockKind::kRule;
  d.blocks.push_back(rule);
  doc::Block image;
  image.kind = doc::BlockKind::kImage;
  image.url = "images/logo.png";
  image.text = "логотип школы";
  d.blocks.push_back(image);

  doc::Block table;
  table.kind = doc::BlockKind::kTable;
  auto cell = [](std::string s) {
    doc::TableCell c;
    c.inlines.push_back(doc::Text(std::move(s)));
    return c;
  };
  table.table.rows.push_back({cell("№"), cell("Мероприятие"), cell("Срок"), cell("Ответственный")});
  for (int i = 1; i <= 60; ++i) {
    table.table.rows.push_back({cell(std::to_string(i)),
                                cell(i % 7 == 0 ? "Проведение совещания с наставниками по итогам работы за "
                                                  "отчётный период и планирование дальнейших действий"
                                                : "Встреча наставника и наставляемого № " + std::to_string(i)),
                                cell("до 15.10.2025"), cell("Куратор программы")});
  }
  d.blocks.push_back(table);

  doc::Block sign;
  sign.kind = doc::BlockKind::kSignatures;
  sign.keep_together = true;
  sign.signatures = {{"Директор МБОУ «СОШ № 1»", "И. И. Иванов", "(подпись)"},
                     {"Куратор программы наставничества", "П. П. Петрова", ""}};
  d.blocks.push_back(sign);

  doc::Block landscape;
  landscape.kind = doc::BlockKind::kPageBreak;
  landscape.landscape = true;
  d.blocks.push_back(landscape);
  d.blocks.push_back(Corner({"Приложение № 1", "к приказу от 01.09.2025 № 15"}));
  d.blocks.push_back(doc::Heading(2, "Дорожная карта"));
  d.blocks.push_back(doc::Paragraph("Альбомная страница для широких таблиц."));
  doc::Block roadmap;
  roadmap.kind = doc::BlockKind::kTable;
  roadmap.table.rows.push_back({cell("№"), cell("Этап"), cell("Мероприятие"), cell("Содержание"), cell("Срок"),
                                cell("Ответственный"), cell("Результат")});
  for (int i = 1; i <= 3; ++i) {
    roadmap.table.rows.push_back(
        {cell(std::to_string(i)), cell("Подготовка условий для запуска программы"),
         cell("Информирование педагогов и родителей о программе наставничества"),
         cell("Проведение педагогического совета, родительских собраний, публикация на сайте"),
         cell("сентябрь 2025"), cell("Заместитель директора по УВР"), cell("Протокол, публикация")});
  }
  d.blocks.push_back(roadmap);
  return d;
}

}  // namespace nastavnik::render::pdf::testdata
