#!/usr/bin/env python3
"""Writes a large fictional school for benchmarks: N pairs «учитель – ученик», each mentor with
two mentees, six plan tasks per pair. Usage: gen_program.py PAIRS FOLDER"""
import os
import random
import shutil
import sys

SURNAMES = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
            "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
            "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
            "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв"]
NAMES_M = ["Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Иван", "Михаил"]
NAMES_F = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана"]
PATRON_M = ["Александрович", "Дмитриевич", "Сергеевич", "Андреевич", "Иванович", "Петрович"]
PATRON_F = ["Александровна", "Дмитриевна", "Сергеевна", "Андреевна", "Ивановна", "Петровна"]
SUBJECTS = ["математика", "физика", "химия", "русский язык", "история", "биология", "информатика"]
SECTIONS = ["Учебная деятельность", "Проектная деятельность", "Адаптация в коллективе",
            "Профессиональное самоопределение", "Внеурочная деятельность"]
TASKS = ["Восполнить пробелы по теме «Дроби»", "Подготовить проект к школьной конференции",
         "Освоить приёмы самостоятельной работы с учебником", "Принять участие в олимпиаде",
         "Составить план подготовки к контрольной работе", "Выступить с докладом на классном часе"]
ACTIVITIES = ["Еженедельные консультации с наставником и разбор ошибок",
              "Совместная работа над планом проекта и источниками",
              "Разбор заданий прошлых лет с последующей самопроверкой",
              "Посещение занятий кружка и обсуждение результатов"]


USED = set()


def person(rng, female):
    """A full name no other participant has: the model rejects one person written twice."""
    while True:
        if female:
            name = f"{rng.choice(SURNAMES)}а {rng.choice(NAMES_F)} {rng.choice(PATRON_F)}"
        else:
            name = f"{rng.choice(SURNAMES)} {rng.choice(NAMES_M)} {rng.choice(PATRON_M)}"
        if name.replace("ё", "е") not in USED:
            USED.add(name.replace("ё", "е"))
            return name


def q(s):
    return '"' + s.replace('"', '""') + '"'


def main():
    pairs = int(sys.argv[1])
    root = sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(42)
    data = os.path.join(root, "content", "data")
    os.makedirs(data, exist_ok=True)
    shutil.copy(os.path.join(here, "..", "content", "program.toml"), os.path.join(root, "content", "program.toml"))
    mentors = (pairs + 1) // 2
    people = ["id,full_name,roles,category,grade,position,subject,experience_years,organization,forms,"
              "strengths,requests,capacity,availability,email,phone,birth_date,entry_date,consent_pd,consent_publish"]
    # P001 stays the curator the example's program.toml names.
    for i in range(1, mentors + 1):
        subject = rng.choice(SUBJECTS)
        people.append(",".join([f"P{i:03d}", q(person(rng, rng.random() < 0.7)), "наставник", "педагог", "",
                                q("учитель (" + subject + ")"), q(subject), str(rng.randint(3, 35)),
                                q("МБОУ «СОШ № 3»"), q("учитель – ученик"), q(subject), "", "2", "",
                                f"t{i}@example.ru", "", "", "01.09.2025", "да", "да"]))
    mentees = []
    for k in range(pairs):
        pid = f"S{k + 1:04d}"
        mentees.append(pid)
        grade = f"{rng.randint(5, 11)}{rng.choice('АБВ')}"
        people.append(",".join([pid, q(person(rng, rng.random() < 0.5)), "наставляемый", "обучающийся", grade,
                                "", "", "", q("МБОУ «СОШ № 3»"), q("учитель – ученик"), "",
                                q(rng.choice(TASKS).lower() + "; " + rng.choice(TASKS).lower()), "", "",
                                "", "", "", "15.09.2025", "да", "нет"]))
    with open(os.path.join(data, "participants.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(people) + "\n")
    rows = ["id,mentor,mentees,form,role_model,start,end,status,pinned,result,case_link"]
    plans = ["pair,section,task,activity,due,status,result"]
    for k in range(pairs):
        pair = f"PR{k + 1:04d}"
        mentor = f"P{k // 2 + 1:03d}"
        rows.append(",".join([pair, mentor, mentees[k], "учитель – ученик", q("педагог – неуспевающий ученик"),
                              "15.09.2025", "29.05.2026", "активна", "да", "", ""]))
        for t in range(6):
            month = 10 + t
            due = f"{rng.randint(1, 28):02d}.{(month - 1) % 12 + 1:02d}.{2025 if month <= 12 else 2026}"
            plans.append(",".join([pair, q(rng.choice(SECTIONS)), q(rng.choice(TASKS)), q(rng.choice(ACTIVITIES)),
                                   due, "выполнено" if t < 3 else "в работе",
                                   q("Результат подтверждён отметкой в журнале") if t < 3 else ""]))
    with open(os.path.join(data, "pairs.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    with open(os.path.join(data, "plans.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(plans) + "\n")


if __name__ == "__main__":
    main()
