#!/usr/bin/env python3
"""A synthetic school of N people for benchmarks: program.toml, participants, pairs, plans,
questionnaires. Deterministic for a given seed. Usage: gen_school.py DIR N [SEED]"""
import os
import random
import sys

SURNAMES = ["Иванов", "Петров", "Сидоров", "Смирнов", "Кузнецов", "Попов", "Волков", "Соколов", "Лебедев",
            "Козлов", "Новиков", "Морозов", "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов",
            "Воробьёв", "Фёдоров", "Михайлов", "Беляев", "Тарасов", "Белов", "Комаров", "Орлов", "Киселёв",
            "Макаров", "Андреев", "Ковалёв", "Ильин", "Гусев", "Титов", "Кузьмин", "Кудрявцев", "Баранов"]
NAMES = ["Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл",
         "Михаил", "Никита", "Матвей", "Роман", "Егор", "Арсений", "Иван", "Денис", "Евгений", "Тимофей"]
PATRONYMICS = ["Александрович", "Дмитриевич", "Сергеевич", "Андреевич", "Алексеевич", "Игоревич",
               "Павлович", "Олегович", "Викторович", "Николаевич", "Петрович", "Юрьевич", "Ильич"]
TASKS = ["выполнено", "выполнено", "в работе", "не начато"]


def names():
    for p in PATRONYMICS:
        for n in NAMES:
            for s in SURNAMES:
                yield f"{s} {n} {p}"
    for s2 in SURNAMES:  # past 8,645 people: double surnames
        for p in PATRONYMICS:
            for n in NAMES:
                for s in SURNAMES:
                    if s != s2:
                        yield f"{s}-{s2} {n} {p}"


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    number = sys.argv[3] if len(sys.argv) > 3 else "1"
    data = os.path.join(out, "content", "data")
    os.makedirs(data, exist_ok=True)
    gen = names()
    teachers = max(4, n // 10)
    pupils = n - teachers
    people, pairs, plans, surveys = [], [], [], []
    t_mentors = [f"T{i}" for i in range(teachers // 2)]
    t_mentees = [f"T{i}" for i in range(teachers // 2, teachers // 2 + teachers // 4)]
    for i in range(teachers):
        tid = f"T{i}"
        role = "наставник" if tid in t_mentors else "наставляемый" if tid in t_mentees else "наставник"
        people.append([tid, next(gen), role, "педагог", "", "учитель", "математика", "10", "4", "01.09.2025", "да", "нет"])
    p_mentors, p_mentees = [], []
    for i in range(pupils):
        pid = f"S{i}"
        grade = 5 + i % 7
        if grade >= 9 and rnd.random() < 0.35:
            role = "наставник"
            p_mentors.append(pid)
        elif grade <= 8 and rnd.random() < 0.6:
            role = "наставляемый"
            p_mentees.append(pid)
        else:
            role = "наставляемый" if grade <= 8 else "наставник"
            (p_mentees if role == "наставляемый" else p_mentors).append(pid) if rnd.random() < 0.2 else None
        people.append([pid, next(gen), role, "обучающийся", f"{grade}А", "", "", "", "2", "01.09.2025", "да", "нет"])
    # Pupils mentor pupils one to one; teachers take groups of pupils or a young teacher.
    k = 0
    free = list(p_mentees)
    rnd.shuffle(free)
    for m in p_mentors:
        if not free:
            break
        pairs.append([f"PP{k}", m, free.pop(), "ученик – ученик", "успевающий – неуспевающий", "активна"])
        k += 1
    young = list(t_mentees)
    for m in t_mentors:
        if young and rnd.random() < 0.5:
            pairs.append([f"PT{k}", m, young.pop(), "учитель – учитель", "опытный педагог – молодой специалист", "активна"])
        elif free:
            group = [free.pop() for _ in range(min(len(free), rnd.randint(1, 3)))]
            pairs.append([f"PG{k}", m, ";".join(group), "учитель – ученик", "педагог – ученик", "активна"])
        k += 1
    for p in pairs:
        if rnd.random() < 0.15:
            p[5] = "завершена"
    for p in pairs:
        for t in range(5):
            due = f"{1 + t * 5:02d}.{[10, 11, 12, 2, 4][t]:02d}.{2025 if t < 3 else 2026}"
            plans.append([p[0], "Учёба", f"Задача {t + 1}", "Встреча с наставником", due, rnd.choice(TASKS), ""])
        for who in [p[1]] + p[2].split(";"):
            base = [rnd.randint(3, 8) for _ in range(5)]
            surveys.append([who, "вход", "20.09.2025"] + [str(x) for x in base])
            if rnd.random() < 0.6:
                moved = [min(10, max(1, x + rnd.choice([-1, 0, 1, 1, 2]))) for x in base]
                moved[4] = max(1, base[4] - rnd.choice([-1, 0, 1, 2]))  # anxiety mostly falls
                surveys.append([who, "выход", "20.02.2026"] + [str(x) for x in moved])

    def write(name, header, rows):
        with open(os.path.join(data, name), "w", encoding="utf-8") as f:
            f.write(header + "\n")
            for r in rows:
                f.write(",".join(f'"{c}"' if ("," in c or ";" in c) else c for c in r) + "\n")

    write("participants.csv", "id,full_name,roles,category,grade,position,subject,experience_years,capacity,"
          "entry_date,consent_pd,consent_publish", people)
    write("pairs.csv", "id,mentor,mentees,form,role_model,status", pairs)
    write("plans.csv", "pair,section,task,activity,due,status,result", plans)
    write("surveys.csv", "participant,wave,date,satisfaction,involvement,activity,self_esteem,anxiety", surveys)
    with open(os.path.join(out, "content", "program.toml"), "w", encoding="utf-8") as f:
        f.write(f'''[organization]
full_name = "Муниципальное бюджетное общеобразовательное учреждение «Школа № {number}»"
short_name = "МБОУ «Школа № {number}»"
city = "Тестовск"
address = "600000, Тестовская область, город Тестовск, улица Школьная, дом 1"
inn = "7700000009"
ogrn = "1027700000008"

[organization.director]
position = "Директор"
name = "Орлова Нина Павловна"

[program]
title = "Программа наставничества"
academic_year = "2025/2026"
start = 2025-09-01
end = 2026-05-31
forms = ["ученик – ученик", "учитель – учитель", "учитель – ученик"]
pupils_total = {pupils}
teachers_total = {teachers}

[monitoring.swot]
strengths = [{{ text = "Вовлечённость растёт", indicator = "involvement" }}]
threats = ["Нагрузка наставников"]
''')
    with open(os.path.join(out, "content", "about.md"), "w", encoding="utf-8") as f:
        f.write("+++\ntitle = \"О программе\"\n+++\n\nПрограмма наставничества.\n")


main()
