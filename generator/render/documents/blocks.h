// Stage 4 (render): small builders the paperwork shares — tables with a header row, annex marks,
// signature blocks, template sections — and how a participant is named in a document.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/document.h"
#include "base/status.h"
#include "model/program.h"
#include "render/template_engine.h"

namespace nastavnik::render::documents {

/// A table whose first row is the header; widths are relative, empty for "from the content".
doc::Block TableBlock(std::vector<std::string> header, const std::vector<std::vector<std::string>>& rows,
                      std::vector<double> widths = {});
/// A two-column table without a header: label on the left, value on the right.
doc::Block FieldsTable(const std::vector<std::pair<std::string, std::string>>& fields);
/// «Приложение № N к приказу … от … № …» set top right.
doc::Block AnnexMark(const model::Program& program, int number);
/// The corner block of lines, as approval stamps are set.
doc::Block Corner(std::vector<std::string> lines);
doc::Block Signatures(std::vector<doc::SignatureLine> lines);
doc::Block PageBreak(bool landscape = false);

/// Expands templates/<name> with values and parses the Markdown into blocks.
Result<std::vector<doc::Block>> TemplateBlocks(const std::map<std::string, std::string>& templates,
                                               const std::string& name, const TemplateValue& values);
void Append(std::vector<doc::Block>& to, std::vector<doc::Block> blocks);

/// "7А класс" or the position; empty when neither is known.
std::string PersonRole(const model::Person& person);
/// "Фамилия Имя Отчество, 7А класс".
std::string PersonLabel(const model::Person& person);
/// The person with this id, or nullptr; the model guarantees ids in pairs resolve.
const model::Person* Find(const model::Program& program, const std::string& id);
/// "с 15.09.2025 по 29.05.2026", with blanks for unknown dates.
std::string Period(const std::optional<Date>& from, const std::optional<Date>& to);

}  // namespace nastavnik::render::documents
