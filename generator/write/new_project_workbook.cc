#include "write/new_project_workbook.h"

#include <utility>
#include <vector>

#include "compute/monitoring/monitoring.h"
#include "model/program.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::write {
namespace {

namespace xlsx = render::xlsx;

const std::vector<std::string> kYesNo = {"да", "нет"};

xlsx::Column Col(const char* header, std::vector<std::string> choices = {}) {
  xlsx::Column c;
  c.header = header;
  c.choices = std::move(choices);
  return c;
}

xlsx::Sheet Table(const char* name, const char* note, std::vector<xlsx::Column> columns) {
  xlsx::Sheet s;
  s.name = name;
  s.title = note;
  s.columns = std::move(columns);
  return s;
}

xlsx::Sheet Participants() {
  return Table("Участники",
               "Одна строка — один участник. Код — короткий и постоянный (P001). Несколько значений в ячейке "
               "разделяйте точкой с запятой. Даты — ДД.ММ.ГГГГ.",
               {Col("Код"), Col("ФИО"), Col("Пол", {"м", "ж"}), Col("Роль", {"наставник", "наставляемый", "наставник; наставляемый"}),
                Col("Категория", model::AllCategoryNames()), Col("Класс"), Col("Должность"), Col("Предмет"),
                Col("Стаж"), Col("Организация"), Col("Формы"), Col("Компетенции"), Col("Запрос"),
                Col("Макс. наставляемых"), Col("Время"), Col("Пожелания"), Col("E-mail"), Col("Телефон"),
                Col("Контакты родителя"), Col("Дата рождения"), Col("Дата вхождения"),
                Col("Согласие на обработку ПД", kYesNo), Col("Согласие на публикацию", kYesNo)});
}

xlsx::Sheet Pairs() {
  return Table("Пары",
               "Одна строка — одна пара или группа. Наставник и наставляемые — коды с листа «Участники»; "
               "несколько наставляемых — через точку с запятой.",
               {Col("Код"), Col("Наставник"), Col("Наставляемые"), Col("Форма", model::AllFormNames()),
                Col("Ролевая модель"), Col("Начало"), Col("Окончание"),
                Col("Статус", {"активна", "завершена", "расторгнута"}), Col("Закреплена", kYesNo), Col("Результат"),
                Col("Кейс"), Col("Цель")});
}

std::vector<xlsx::Sheet> Sheets() {
  std::vector<xlsx::Sheet> sheets = {Participants(), Pairs()};
  sheets.push_back(Table("Планы", "Задачи индивидуальных планов развития: одна строка — одна задача пары.",
                         {Col("Пара"), Col("Раздел"), Col("Задача"), Col("Мероприятие"), Col("Срок"),
                          Col("Ожидаемый результат"), Col("Отметка о выполнении", compute::monitoring::TaskMarks()),
                          Col("Результат")}));
  sheets.push_back(Table("Анкеты",
                         "Ответы анкет: одна строка — одна анкета участника на одном этапе (вход, промежуточная, "
                         "выход). Показатели — числа от 1 до 10; можно добавить столбцы вопросов анкет (код вопроса). "
                         "Бланки для печати — в output/pdf/ankety/; ответы Яндекс Форм и Google Forms не перепечатывайте: "
                         "выгрузку кладите в content/data/ankety/.",
                         {Col("Участник"), Col("Этап", {"вход", "промежуточная", "промежуточная 2", "выход"}),
                          Col("Дата"), Col("satisfaction"),
                          Col("involvement"), Col("activity"), Col("self_esteem"), Col("anxiety"), Col("grades")}));
  // The seven stages of the methodology's roadmap, chosen from a list so that the report groups
  // the events by them (a stage typed with a slip would be a stage of its own).
  sheets.push_back(Table("Календарь", "Мероприятия программы на год.",
                         {Col("Мероприятие"), Col("Сроки"), Col("Ответственный"), Col("Этап", model::SevenStages()),
                          Col("Статус")}));
  sheets.push_back(Table("Дорожная карта", "Дорожная карта внедрения: этапы, мероприятия, сроки, ответственные.",
                         {Col("Этап", model::SevenStages()), Col("Мероприятие"), Col("Срок"), Col("Ответственный"),
                          Col("Результат")}));
  sheets.push_back(Table("Запреты", "Пары, которые подбор не должен предлагать.",
                         {Col("Наставник"), Col("Наставляемый"), Col("Причина")}));
  sheets.push_back(Table("Приказы",
                         "Приказы о закреплении и изменении пар и об итогах программы. Пары — коды с листа «Пары» "
                         "через точку с запятой.",
                         {Col("Номер"), Col("Дата"), Col("Вид", {"закрепление", "изменение", "итоги"}), Col("Пары"),
                          Col("Основание")}));
  return sheets;
}

}  // namespace

Result<std::string> NewProjectWorkbook() {
  xlsx::Workbook book;
  book.title = "Данные программы наставничества";
  book.sheets = Sheets();
  return xlsx::RenderXlsx(book, 0);
}

}  // namespace nastavnik::write
