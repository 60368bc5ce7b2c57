// Stage 4 (render): the mark of the electronic signature (отметка об электронной подписи,
// ГОСТ Р 7.0.97-2025) on the documents [signature] of program.toml lists. nastavnik signs nothing:
// the school signs the PDF with its own tool, and the mark shows on paper and on screen who signed
// with which certificate.
#pragma once

#include <string>

#include "base/document.h"
#include "model/program.h"

namespace nastavnik::render::documents {

/// Whether the document (its file name under pdf/, e.g. "polozhenie") carries the mark.
bool CarriesSignatureMark(const model::Program& program, const std::string& document);

/// The signer's row: position and organisation on the left, the framed mark in place of the rule
/// to sign on, «И. О. Фамилия» at the right margin. Only call when CarriesSignatureMark.
doc::Block SignatureMarkRow(const model::Program& program);

/// Closes a document approved by an order with the signer's row when it carries the mark; else
/// leaves it as it is (a paper copy is approved by the order, which has its own signature).
void AppendSignatureMark(const model::Program& program, const std::string& document, doc::Document& d);

}  // namespace nastavnik::render::documents
