#!/usr/bin/env python3
"""A synthetic school or regional network for benchmarking `nastavnik match`.

Usage: scripts/gen_matching.py DIR --orgs N [--mentees-per-org 1000] [--mentors-per-org 100] [--seed 1]

Each organisation has its own pupils (grades 5-10) as mentees and its own mentors: teachers
(учитель – ученик, 8-16 places) and senior pupils (ученик – ученик, 2-4 places). Pairs stay
inside an organisation (the program is not a network), so every mentee has about
mentors-per-org candidates before the day and grade rules. A tenth of the mentees are already in
active pairs. Names are unique; nothing here is real personal data.
"""
import argparse
import os
import random

SURNAMES = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
            "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
            "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
            "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров",
            "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов"]
NAMES = ["Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл", "Михаил",
         "Никита", "Матвей", "Роман", "Егор", "Арсений", "Иван", "Денис", "Евгений", "Даниил", "Тимофей",
         "Владислав", "Игорь", "Владимир", "Павел", "Руслан", "Марк", "Константин", "Тимур", "Олег", "Ярослав"]
PATRONYMICS = ["Александрович", "Дмитриевич", "Сергеевич", "Андреевич", "Алексеевич", "Игоревич", "Олегович",
               "Павлович", "Викторович", "Николаевич", "Михайлович", "Владимирович", "Евгеньевич", "Юрьевич",
               "Петрович", "Иванович", "Романович", "Максимович", "Артёмович", "Ильич"]
def JOIN(items):
    return "; ".join(items)


DAYS = ["пн", "вт", "ср", "чт", "пт", "сб"]
TOPICS = ["математика", "физика", "химия", "биология", "английский язык", "русский язык", "литература",
          "история", "информатика", "робототехника", "география", "олимпиадная подготовка", "проектная работа",
          "публичные выступления", "адаптация в классе", "подготовка к ОГЭ", "орфография", "программирование"]
HEADER = ("id,full_name,roles,category,grade,position,subject,experience_years,organization,forms,strengths,"
          "requests,capacity,availability,email,phone,birth_date,entry_date,consent_pd,consent_publish\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--orgs", type=int, required=True)
    ap.add_argument("--mentees-per-org", type=int, default=1000)
    ap.add_argument("--mentors-per-org", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(os.path.join(a.dir, "content/data"), exist_ok=True)
    used = set()

    def name():
        while True:
            n = f"{rnd.choice(SURNAMES)} {rnd.choice(NAMES)} {rnd.choice(PATRONYMICS)}"
            b = f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{rnd.randint(1970, 2015)}"
            if (n, b) not in used:
                used.add((n, b))
                return n, b

    def days():
        return sorted(rnd.sample(DAYS, rnd.randint(2, 4)), key=DAYS.index)

    people, pairs = [], []
    next_id = 1
    for org in range(a.orgs):
        org_name = f"МБОУ «СОШ № {org + 1}»"
        mentors = []
        for _ in range(a.mentors_per_org):
            n, b = name()
            pid = f"P{next_id:06d}"
            next_id += 1
            strengths = "; ".join(rnd.sample(TOPICS, 3))
            free = days()
            if rnd.random() < 0.5:
                subj = rnd.choice(TOPICS[:10])
                cap = rnd.randint(8, 16)
                teacher = True
                people.append(f'{pid},{n},наставник,педагог,,учитель,{subj},{rnd.randint(3, 35)},{org_name},'
                              f'"учитель – ученик","{strengths}",,{cap},"{JOIN(free)}",,,{b},01.09.2025,да,нет\n')
            else:
                grade = rnd.randint(9, 11)
                cap = rnd.randint(2, 4)
                teacher = False
                people.append(f'{pid},{n},наставник,обучающийся,{grade}А,,,,{org_name},"ученик – ученик",'
                              f'"{strengths}",,{cap},"{JOIN(free)}",,,{b},01.09.2025,да,нет\n')
            mentors.append([pid, cap, teacher, set(free)])
        for _ in range(a.mentees_per_org):
            n, b = name()
            pid = f"P{next_id:06d}"
            next_id += 1
            requests = "; ".join(rnd.sample(TOPICS, 2))
            grade = rnd.randint(5, 8)
            free = days()
            people.append(f'{pid},{n},наставляемый,обучающийся,{grade}Б,,,,{org_name},'
                          f'"ученик – ученик; учитель – ученик",,"{requests}",,"{JOIN(free)}",,,{b},01.09.2025,да,нет\n')
            if rnd.random() < 0.1:
                teachers = [m for m in mentors if m[1] > 0 and m[2] and m[3] & set(free)]
                if teachers:
                    m = rnd.choice(teachers)
                    m[1] -= 1
                    pairs.append((m[0], pid))
    with open(os.path.join(a.dir, "content/data/participants.csv"), "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.writelines(people)
    with open(os.path.join(a.dir, "content/data/pairs.csv"), "w", encoding="utf-8") as f:
        f.write("id,mentor,mentees,form,role_model,start,end,status,pinned,result,case_link\n")
        for i, (mid, pid) in enumerate(pairs, 1):
            f.write(f"PR{i:05d},{mid},{pid},учитель – ученик,,15.09.2025,,активна,нет,,\n")
    with open(os.path.join(a.dir, "content/program.toml"), "w", encoding="utf-8") as f:
        f.write('[organization]\nfull_name = "Региональная сеть наставничества (синтетическая)"\n'
                'short_name = "Сеть"\n\n[program]\ntitle = "Синтетическая программа"\n'
                'forms = ["ученик – ученик", "учитель – ученик"]\nstart = 2025-09-01\nend = 2026-05-31\n\n'
                '[matching]\nmin_grade_gap = 1\n')
    print(f"{len(people)} people, {len(pairs)} active pairs in {a.dir}")


if __name__ == "__main__":
    main()
