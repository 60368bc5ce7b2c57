// Stage 2 (model): the typed, validated program of one school. Plain data; built from load/
// records by build_program.cc, which holds every domain check. Russian terms are named once here.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/document.h"
#include "base/grammar/grammar.h"
#include "base/status.h"
#include "model/questionnaire.h"

namespace nastavnik::model {

/// Форма наставничества: who mentors whom, named by the two categories.
enum class Form {
  kPupilPupil,      // «ученик – ученик»
  kTeacherTeacher,  // «учитель – учитель»
  kTeacherPupil,    // «учитель – ученик»
  kEmployerPupil,   // «работодатель – ученик»
  kStudentPupil,    // «студент – ученик»
};
/// The Russian name with an en dash, as documents print it.
std::string FormName(Form form);
/// Accepts the Russian name with any dash or hyphen, spacing and case.
std::optional<Form> ParseForm(const std::string& text);
std::vector<std::string> AllFormNames();

/// Категория участника.
enum class Category { kPupil, kTeacher, kStudent, kEmployer, kParent, kGraduate };
std::string CategoryName(Category category);  // «обучающийся», «педагог», …
std::optional<Category> ParseCategory(const std::string& text);
std::vector<std::string> AllCategoryNames();

/// Статус пары или группы.
enum class PairStatus { kActive, kCompleted, kTerminated };  // активна, завершена, расторгнута
std::string PairStatusName(PairStatus status);
std::optional<PairStatus> ParsePairStatus(const std::string& text);

/// A participant (участник): a mentor (наставник), a mentee (наставляемый), or both.
struct Person {
  std::string id;
  std::string full_name;
  bool is_mentor = false;
  bool is_mentee = false;
  Category category = Category::kPupil;
  std::string grade;  // класс, e.g. "7А"
  int grade_number = 0;
  std::string position;  // должность
  std::string subject;
  std::optional<double> experience_years;
  std::string organization;
  std::vector<Form> forms;  // forms the person agreed to
  std::vector<std::string> strengths;  // компетенции
  std::vector<std::string> requests;   // запрос
  int capacity = 1;  // макс. наставляемых
  std::vector<std::string> availability;
  std::vector<std::string> wishes;  // пожелания: ids of mentors the mentee would like (matching)
  std::string email;
  std::string phone;
  std::string parent_contact;  // контакты родителя (законного представителя) of a minor
  std::optional<Date> birth_date;
  std::optional<Date> entry_date;
  bool consent_pd = false;
  bool consent_publish = false;
  /// From the patronymic, else the first name, else the «Пол» column; unknown when none tells.
  grammar::Gender gender = grammar::Gender::kUnknown;
  Location where;

  bool is_minor_pupil() const { return category == Category::kPupil; }
};

/// A pair (пара) or a group (группа: one mentor, several mentees).
struct Pair {
  std::string id;
  std::string mentor;
  std::vector<std::string> mentees;
  Form form = Form::kTeacherPupil;
  std::string role_model;  // ролевая модель, e.g. «успевающий – неуспевающий»
  std::optional<Date> start;
  std::optional<Date> end;
  PairStatus status = PairStatus::kActive;
  bool pinned = false;
  std::string result;
  std::string case_link;
  /// The plan's goal as the school words it (pairs.csv «Цель»); empty: phrased from the requests.
  std::string goal;
  Location where;

  bool is_group() const { return mentees.size() > 1; }
};

/// One task of an individual development plan (индивидуальный план развития).
struct PlanTask {
  std::string pair;
  std::string section;  // раздел (направление)
  std::string task;
  std::string activity;
  std::optional<Date> due;
  std::string status;  // отметка о выполнении, free text: «выполнено», «в работе», …
  std::string expected;  // ожидаемый результат, written when the plan is made
  std::string result;    // what came of it, written when the task is done
  Location where;
};

/// One answer to a question of a questionnaire (ответ на вопрос анкеты), by the question's kind.
struct SurveyAnswer {
  QuestionKind kind = QuestionKind::kText;
  std::optional<double> number;      // шкала 1–10, число; да/нет as 1 (да) or 0 (нет)
  std::vector<std::string> choices;  // один из, несколько из: the options as the questionnaire words them
  std::string text;                  // текст: the open answer as written
  Location where;
};

/// The order of a wave among the waves of a year: вход 0, промежуточная N is N, выход last.
inline constexpr int kExitWaveOrder = 1000;

/// One questionnaire answer set (анкета) at one wave (этап): вход, промежуточная (N), выход.
struct Survey {
  std::string participant;
  std::string wave;  // "вход", "промежуточная", "промежуточная 2", "выход"; "" read as exit_wave says
  int wave_order = 0;
  bool exit_wave = false;
  std::optional<Date> date;
  /// The questionnaire (its file name, "nastavlyaemyj") the row answers; "" when none applies.
  std::string questionnaire;
  /// Indicator (or the school's own column) → value: the columns named by an indicator and the
  /// scale and number questions that feed one.
  std::map<std::string, double> answers;
  std::map<std::string, SurveyAnswer> questions;  // question id → answer
  Location where;
};

/// One event of the calendar plan (календарный план).
struct CalendarEvent {
  std::string event;
  std::string period;
  std::string responsible;
  std::string stage;
  std::string status;
};

/// One action of the roadmap (дорожная карта), grouped by the seven stages.
struct RoadmapAction {
  std::string stage;
  std::string action;
  std::string content;
  std::string due;
  std::string responsible;
  std::string result;  // the expected result: the approved programme and roadmap print it
  Location result_where = {};  // none for the methodology's default roadmap
};

struct Official {
  std::string position;
  std::string name;
};

struct Organization {
  std::string full_name;
  std::string short_name;
  std::string address;
  std::string city;
  std::string phone;
  std::string email;
  std::string site_url;
  std::string inn;   // ИНН, 10 digits for a legal entity; the consent to distribution names it
  std::string ogrn;  // ОГРН, 13 digits
  Official director;
  Location where;  // the [organization] table (or program.toml when it is absent)
};

/// Гриф утверждения and the optional grif of the pedagogical council and of agreement.
struct Approval {
  std::string order_number;
  std::optional<Date> order_date;
  Official approver;
  std::string council;  // «педагогическим советом»; empty = no ПРИНЯТО block
  std::string council_protocol;
  std::optional<Date> council_date;
  Official agreed;  // СОГЛАСОВАНО; empty name = none
  std::string agreed_body;
};

struct MenuItem {
  std::string title;
  std::string url;
};

struct SiteSettings {
  std::string base_url;
  std::string theme = "default";
  std::string title;
  std::vector<MenuItem> menu;
  bool publish_mentors = true;
};

struct Settings {
  std::string title;
  std::string academic_year;
  std::optional<Date> start;
  std::optional<Date> end;
  std::vector<Form> forms;
  double target_coverage = 0.70;
  std::string curator;  // a participant id
  int pupils_total = 0;
  int teachers_total = 0;
  std::vector<std::string> legal_basis;
  std::string data_encoding = "auto";
  std::string goal;
  int markdown_limit_kb = 256;
};

/// [paperwork]: terms the documents state that a school sets by its own local acts.
struct PaperworkSettings {
  /// The pay for mentoring in the supplementary agreement (ст. 351.8 ТК РФ).
  std::string mentor_pay =
      "доплата, размер и порядок выплаты которой установлены локальным нормативным актом об оплате "
      "труда работников организации";
  /// How long personal data is kept, as the consents state it.
  std::string pd_retention = "до окончания срока реализации программы наставничества и один год после него";
};

/// One point of the curator's SWOT; indicator names a questionnaire column that supports it.
struct SwotPoint {
  std::string text;
  std::string indicator;  // e.g. "satisfaction"; empty = no figures attached
  Location where;
};

/// [monitoring] in program.toml: the monitoring report's settings and the curator's own words.
/// A wave of questionnaires (этап анкетирования) with the dates its answers are collected.
struct SurveyWave {
  std::string name;  // as ParseWave canonicalises it
  int order = 0;
  Date from, to;  // inclusive
  Location where;
};

struct MonitoringSettings {
  /// Groups smaller than this are shown as «менее N» in anything published.
  int min_group = 5;
  /// The date the report is made as of; none = the build's date (or --today).
  std::optional<Date> report_date;
  std::vector<SwotPoint> strengths, weaknesses, opportunities, threats;
  std::vector<std::string> conclusions;  // paragraphs
  /// [[monitoring.waves]]: the waves' date ranges; a survey row without a wave takes the wave its
  /// date falls in. Empty: every row names its wave.
  std::vector<SurveyWave> waves;
};

/// [matching.subjects]: a subject name and the names the school counts as the same subject.
struct SubjectGroup {
  std::string name;
  std::vector<std::string> synonyms;
  Location where;
};

/// [matching] of program.toml: how `nastavnik match` forms pairs. Weights are points per
/// criterion (each criterion scores 0..1); see README «Подбор пар».
struct MatchingSettings {
  bool coverage_first = true;  // priority = "охват" (default) or "качество"
  int min_score = 0;           // points; a candidate below it is not proposed
  int weight_requests = 5;     // mentee's requests met by the mentor's strengths
  int weight_subject = 3;
  int weight_availability = 2;
  int weight_gap = 2;          // fit of the grade or experience gap
  int weight_wishes = 4;       // the mentee named this mentor in «Пожелания»
  int load_balance = 0;        // points taken per mentee a mentor already has
  int min_grade_gap = 1;       // ученик – ученик: mentor at least this many grades higher
  int ideal_grade_gap = 2;
  int min_mentor_experience = 3;  // учитель – учитель: years
  int min_experience_gap = 3;     // учитель – учитель: mentor's years minus the mentee's
  std::vector<Form> subject_forms;  // forms that need the same subject (none by default)
  std::vector<SubjectGroup> subjects;  // the school's subject synonyms
  std::vector<Form> group_forms = {Form::kPupilPupil, Form::kTeacherPupil, Form::kStudentPupil,
                                   Form::kEmployerPupil};
  bool network = false;  // a network program may pair people of different organisations
  int alternatives = 3;  // alternatives shown per unmatched mentee
  int candidates_per_mentee = 10;  // rows per mentee in candidates.csv (the full list goes to parts)
};

/// A pair the curator forbids (content/data/forbidden.csv).
struct ForbiddenPair {
  std::string mentor;
  std::string mentee;
  std::string reason;
  Location where;
};

/// Вид приказа по программе (orders.csv): закрепление пар и групп (этап 5), изменение пар
/// (замена наставника, досрочное прекращение), итоги и поощрение наставников (этап 7). The order
/// introducing the model and appointing the curator is the one of [approval].
enum class OrderKind { kFixing, kChange, kResults };
std::optional<OrderKind> ParseOrderKind(const std::string& text);

/// One order of the school year about pairs and their results.
struct Order {
  std::string number;  // empty = to fill in by hand
  std::optional<Date> date;
  OrderKind kind = OrderKind::kFixing;
  std::vector<std::string> pairs;  // pair ids the order fixes, changes or whose mentors it rewards
  std::string reason;              // основание of a change; empty = each pair's own result
  Location where;
};

/// The seven stages of the target model, in order.
const std::vector<std::string>& SevenStages();

/// A Markdown page of the site (content/*.md) or a news post (content/news/*.md).
struct Page {
  std::string source;  // project-relative path
  std::string slug;    // URL path without extension: "about", "news/2025-09-start"
  std::string title;
  std::string description;
  std::optional<Date> date;
  bool is_news = false;
  bool draft = false;
  int weight = 0;
  doc::Document body;
};

/// Privacy classes of a person's fields (152-ФЗ, DATA.md «Privacy»), from loosest to strictest.
enum class FieldClass { kPublic, kConsent, kInternal, kForbidden };

/// [privacy]: the school may only make a field's class stricter than the default.
struct PrivacySettings {
  std::vector<std::string> consent;   // staff fields published only with consent_publish
  std::vector<std::string> internal;  // fields the site never publishes for anyone
};

/// [signature]: the mark of the electronic signature (отметка об ЭП, ГОСТ Р 7.0.97-2025) drawn on
/// the documents the school signs with its own tool. nastavnik holds no key: it only draws the mark.
struct SignatureSettings {
  std::string owner;        // default: the director's full name
  std::string position;     // default: the director's position
  std::string certificate;  // the certificate's serial number, hex, upper case
  std::optional<Date> valid_from;
  std::optional<Date> valid_to;
  /// File names of the documents under pdf/ that carry the mark ("polozhenie", …).
  std::vector<std::string> documents;
  Location where;           // the [signature] table
  Location valid_to_where;  // where an expired certificate is reported
  Location valid_from_where;

  bool Signs(const std::string& document) const;
};

/// The whole program: the root aggregate every later stage reads.
struct Program {
  Organization organization;
  Settings settings;
  Approval approval;
  SiteSettings site;
  PaperworkSettings paperwork;
  MonitoringSettings monitoring;
  PrivacySettings privacy;
  MatchingSettings matching;
  std::optional<SignatureSettings> signature;  // none: no document carries the mark
  std::vector<Person> people;
  std::vector<Pair> pairs;
  std::vector<PlanTask> plan_tasks;
  std::vector<Survey> surveys;
  /// templates/questionnaires/*.toml, checked (model/questionnaire.h).
  std::vector<Questionnaire> questionnaires;
  std::vector<CalendarEvent> calendar;
  std::vector<RoadmapAction> roadmap;
  std::vector<Page> pages;
  std::vector<ForbiddenPair> forbidden;
  /// The year's orders on pairs by date; without orders.csv one fixing order (see build_orders.cc).
  std::vector<Order> orders;
  /// content/data/declensions.csv: folded full name (text::FoldKey) → case → the form to print.
  std::map<std::string, std::map<grammar::Case, std::string>> declensions;
  /// Person id → index in people; filled by BuildProgram.
  std::map<std::string, size_t> person_index;
  /// Table name ("pairs") → its path as the school supplied it (load::Table::path: a CSV file, a
  /// workbook, or a sheet of data.xlsx), so that messages send the curator to the right file.
  std::map<std::string, std::string> table_paths;

  const Person* FindPerson(const std::string& id) const;
  /// table_paths[name], or the CSV file the table would be read from when the school has none.
  std::string TablePath(const std::string& name) const;
};

}  // namespace nastavnik::model
