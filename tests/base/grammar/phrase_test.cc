#include <catch2/catch.hpp>

#include "base/grammar/grammar.h"

namespace nastavnik::grammar {

TEST_CASE("an organisation's type phrase takes the case and its quoted name stays", "[grammar]") {
  const char* school =
      "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»";
  CHECK(DeclinePhrase(school, Case::kDative) ==
        "Муниципальному бюджетному общеобразовательному учреждению «Средняя общеобразовательная школа № 3»");
  CHECK(DeclinePhrase(school, Case::kGenitive) ==
        "Муниципального бюджетного общеобразовательного учреждения «Средняя общеобразовательная школа № 3»");
  CHECK(DeclinePhrase(school, Case::kInstrumental) ==
        "Муниципальным бюджетным общеобразовательным учреждением «Средняя общеобразовательная школа № 3»");
  CHECK(DeclinePhrase(school, Case::kNominative) == school);
  CHECK(DeclinePhrase("Государственная автономная образовательная организация \"Лицей № 2\"", Case::kPrepositional) ==
        "Государственной автономной образовательной организации \"Лицей № 2\"");
  CHECK(DeclinePhrase("Частная общеобразовательная школа «Радуга»", Case::kInstrumental) ==
        "Частной общеобразовательной школой «Радуга»");
  CHECK(DeclinePhrase("Городской лицей «Интеллект»", Case::kDative) == "Городскому лицею «Интеллект»");
  CHECK(DeclinePhrase("Городской лицей «Интеллект»", Case::kInstrumental) == "Городским лицеем «Интеллект»");
  CHECK(DeclinePhrase("Средняя школа № 5", Case::kGenitive) == "Средней школы № 5");
  CHECK(DeclinePhrase("Классическая гимназия «Логос»", Case::kAccusative) == "Классическую гимназию «Логос»");
}

TEST_CASE("without quotation marks the words after the head noun stay as written", "[grammar]") {
  CHECK(DeclinePhrase("Муниципальное автономное общеобразовательное учреждение средняя школа № 3", Case::kDative) ==
        "Муниципальному автономному общеобразовательному учреждению средняя школа № 3");
  CHECK(DeclinePhrase("Детский сад № 7", Case::kGenitive) == "Детского сада № 7");
  CHECK(DeclinePhrase("", Case::kDative).empty());
  CHECK(DeclinePhrase("«Радуга»", Case::kDative) == "«Радуга»");
}

TEST_CASE("abbreviated organisation types stay as written in every case", "[grammar]") {
  for (const char* name : {"МБОУ «СОШ № 3»", "МАОУ «Гимназия № 1»", "ГБОУ Школа № 1535", "МКОУ СОШ № 2",
                           "ЧОУ «Образовательный центр»"}) {
    CHECK(DeclinePhrase(name, Case::kDative) == name);
    CHECK(DeclinePhrase(name, Case::kDative, true) == name);
  }
}

TEST_CASE("a document title declines its generic noun and keeps the quoted name", "[grammar]") {
  CHECK(DeclinePhrase("Программа наставничества «Шаг навстречу»", Case::kAccusative, true) ==
        "программу наставничества «Шаг навстречу»");
  CHECK(DeclinePhrase("Программа наставничества «Шаг навстречу»", Case::kGenitive) ==
        "Программы наставничества «Шаг навстречу»");
  CHECK(DeclinePhrase("Положение о наставничестве", Case::kAccusative, true) == "положение о наставничестве");
  CHECK(DeclinePhrase("Положение о наставничестве", Case::kPrepositional) == "Положении о наставничестве");
  CHECK(DeclinePhrase("Дорожная карта", Case::kAccusative, true) == "дорожную карту");
  CHECK(DeclinePhrase("Индивидуальный план развития", Case::kInstrumental) == "Индивидуальным планом развития");
  CHECK(DeclinePhrase("Индивидуальный план развития", Case::kAccusative, true) == "индивидуальный план развития");
}

TEST_CASE("a participle or adjective agrees with a person's gender in a case", "[grammar]") {
  CHECK(AgreeWithPerson("обучающийся", Gender::kMale, Case::kGenitive) == "обучающегося");
  CHECK(AgreeWithPerson("обучающийся", Gender::kFemale, Case::kGenitive) == "обучающейся");
  CHECK(AgreeWithPerson("обучающийся", Gender::kFemale, Case::kNominative) == "обучающаяся");
  CHECK(AgreeWithPerson("обучающийся", Gender::kMale, Case::kAccusative) == "обучающегося");
  CHECK(AgreeWithPerson("обучающийся", Gender::kFemale, Case::kAccusative) == "обучающуюся");
  CHECK(AgreeWithPerson("обучающийся", Gender::kFemale, Case::kInstrumental) == "обучающейся");
  CHECK(AgreeWithPerson("обучающийся", Gender::kMale, Case::kInstrumental) == "обучающимся");
  CHECK(AgreeWithPerson("Уважаемый", Gender::kFemale, Case::kNominative) == "Уважаемая");
  CHECK(AgreeWithPerson("Уважаемый", Gender::kUnknown, Case::kNominative) == "Уважаемый");
  CHECK(AgreeWithPerson("действующий", Gender::kFemale, Case::kNominative) == "действующая");
  CHECK(AgreeWithPerson("действующий", Gender::kMale, Case::kDative) == "действующему");
  CHECK(AgreeWithPerson("русский", Gender::kFemale, Case::kGenitive) == "русской");
  CHECK(AgreeWithPerson("молодой", Gender::kFemale, Case::kDative) == "молодой");
  CHECK(AgreeWithPerson("молодой", Gender::kMale, Case::kInstrumental) == "молодым");
  CHECK(AgreeWithPerson("синий", Gender::kFemale, Case::kAccusative) == "синюю");
  CHECK(AgreeWithPerson("ответственный", Gender::kFemale, Case::kPrepositional) == "ответственной");
}

TEST_CASE("a position names a person: its masculine accusative is the genitive", "[grammar]") {
  CHECK(DeclinePhrase("заместитель директора по учебно-воспитательной работе", Case::kAccusative, true, true) ==
        "заместителя директора по учебно-воспитательной работе");
  CHECK(DeclinePhrase("Директор", Case::kGenitive, true, true) == "директора");
  CHECK(DeclinePhrase("Директор", Case::kAccusative, true, true) == "директора");
  CHECK(DeclinePhrase("старший методист", Case::kAccusative, false, true) == "старшего методиста");
  CHECK(DeclinePhrase("педагог-психолог", Case::kDative, false, true) == "педагогу-психологу");
  CHECK(DeclinePhrase("учитель-логопед", Case::kInstrumental, false, true) == "учителем-логопедом");
  CHECK(DeclinePhrase("вожатая", Case::kAccusative, false, true) == "вожатую");
  // Without animate a title keeps the inanimate accusative.
  CHECK(DeclinePhrase("План мероприятий", Case::kAccusative, true) == "план мероприятий");
}

}  // namespace nastavnik::grammar
