"""Writes inf-09-line-flow's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-09-line-flow/build.py
    .venv/bin/python -m curriculum release

(``tests/test_standard.py`` checks that the committed notebooks are what this writes). Every number a student
sees is a given of the tasks or comes from the lab's model (``curriculum.labs.line_flow``); the module's test
pins each one to the model.
"""

from __future__ import annotations

from pathlib import Path

from curriculum import authoring as a
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "inf-09-line-flow"

LESSON_SETUP = """from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import line_flow"""

UNLIMITED = """def leave_unlimited(times):
    leave = []
    for k in range(len(times)):
        row = []
        for i in range(len(times[k])):
            before = row[i - 1] if i > 0 else 0
            free = leave[k - 1][i] if k > 0 else 0
            start = max(before, free)
            row.append(start + times[k][i])
        leave.append(row)
    return leave"""
"""Lesson 2's simulation of a line whose buffers never fill (no blocking): the assignment adds the blocking."""

ASSIGNMENT_CYCLES = (2.0, 2.1, 1.8, 2.4)
"""The door line after its retooling (the assignment's line): station 4 is now the slowest."""
EXIT_TIME = "c1 + c2 + c3 + c4 + (n - 1)*c4"
"""Task 3's answer: door n leaves the line of ``ASSIGNMENT_CYCLES`` (station 4 the slowest) at this minute."""
LITTLE_L, LITTLE_X = 6, 18
"""Task 7's month on the door line: 6 doors on the line on average, 18 doors made per hour."""

# -- lesson 1: the bottleneck and the throughput ----------------------------------------------------------


def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Есік желісі, 1-сабақ. Тар орын және өткізу қабілеті

Зауытта бояудан кейін шанақтан есіктерді шешіп, оларды бөлек желіде алдын ала құрастырады: шыны көтергішті,
шыныны, сымдар байламын, ішкі қаптаманы орнатып, электр жабдығын тексереді. Есік желісінде төрт бекет бар, әр
бекет бір уақытта бір есікпен жұмыс істейді. Құрастыру цехы әр ауысымда белгілі бір мөлшерде есік күтеді, ал желі
кейде жоспардан аз береді. Неге? Қай бекетті жылдамдату керек, ал қай бекетті жылдамдату ештеңе бермейді? Бүгін
желінің қарқынын қай бекет анықтайтынын табамыз. (Модульдегі уақыттар мен тоқтаулар ойдан алынған, бірақ
шындыққа жақын.)""",
            ru="""# Линия дверей, урок 1. Узкое место и пропускная способность

На заводе после окраски с кузова снимают двери и предварительно собирают их на отдельной линии: ставят
стеклоподъёмник, стекло, жгут проводов, внутреннюю обивку и проверяют электрику. На линии дверей четыре поста,
каждый пост работает с одной дверью за раз. Цех сборки ждёт за смену определённое число дверей, а линия иногда
даёт меньше плана. Почему? Какой пост нужно ускорить, а ускорение какого ничего не даст? Сегодня найдём, какой
пост задаёт темп всей линии. (Времена и остановки в модуле вымышлены, но правдоподобны.)""",
            en="""# The door line, lesson 1. The bottleneck and the throughput

At the plant the doors come off the body after painting and are pre-assembled on a line of their own: the window
regulator, the glass, the wiring harness and the inner trim go in, and the electrics are tested. The door line has
four stations, and each works on one door at a time. The assembly hall expects a certain number of doors per shift,
and sometimes the line delivers fewer than planned. Why? Which station should be made faster, and which would gain
nothing if it were? Today we find which station sets the pace of the whole line. (The times and stoppages in this
module are fictional but plausible.)"""),
        a.text(
            kk="""## 1. Бекеттер және цикл уақыты

Бекеттің бір есікке жұмсайтын уақыты — оның **цикл уақыты** (cycle time). Есік желісінде ол
1-бекетте 2,0 мин, 2-бекетте 2,5 мин, 3-бекетте 1,8 мин және 4-бекетте 2,2 мин. Есік бекеттерден ретімен өтеді;
желінің басында есіктер әрқашан жеткілікті, соңғы бекеттен шыққан есік дайын.

Желіден уақыт бірлігінде шығатын есіктер саны — желінің **өткізу қабілеті** (throughput). 2-бекет бір есікті
2,5 минутта жасайды, сондықтан одан сағатына 60 / 2,5 = 24 есіктен көп өтпейді. Басқа бекеттер жылдамырақ, бірақ
бәрібір 2-бекетті күтеді. Ең баяу бекет — желінің **тар орны** (bottleneck): тоқтаулар болмаса, желінің өткізу
қабілеті — сағатына 60 / (ең үлкен цикл уақыты).""",
            ru="""## 1. Посты и время цикла

Время, которое пост тратит на одну дверь, — его **время цикла** (cycle time). На линии дверей оно равно 2,0 мин на
посту 1, 2,5 мин на посту 2, 1,8 мин на посту 3 и 2,2 мин на посту 4. Дверь проходит посты по порядку; в начале
линии двери есть всегда, а дверь, ушедшая с последнего поста, готова.

Число дверей, уходящих с линии за единицу времени, — **пропускная способность** (throughput) линии. Пост 2 делает
одну дверь за 2,5 минуты, поэтому через него проходит не больше 60 / 2,5 = 24 дверей в час. Остальные посты
быстрее, но всё равно ждут пост 2. Самый медленный пост — **узкое место** (bottleneck) линии: без остановок
пропускная способность линии равна 60 / (наибольшее время цикла) в час.""",
            en="""## 1. Stations and cycle time

The time a station spends on one door is its **cycle time**. On the door line it is 2.0 min at station 1, 2.5 min
at station 2, 1.8 min at station 3 and 2.2 min at station 4. A door passes the stations in order; there are always
doors waiting at the start of the line, and a door that leaves the last station is finished.

The number of doors that leave the line per unit of time is the line's **throughput**. Station 2 makes one door in
2.5 minutes, so no more than 60 / 2.5 = 24 doors per hour get through it. The other stations are faster, but they
wait for station 2 all the same. The slowest station is the line's **bottleneck**: without stoppages, the line's
throughput is 60 / (the largest cycle time) per hour."""),
        a.example(
            kk="""### 1-мысал. Тар орын, өткізу қабілеті және ауысым

Тізімнен ең үлкен цикл уақытын және оның индексін табамыз (индекс 0-ден басталады, сондықтан 2-бекеттің индексі
1). Бірінші есік барлық бекеттен өтуі керек: ол 2,0 + 2,5 + 1,8 + 2,2 = 8,5 минутта шығады. Одан кейін тар орын
әр 2,5 минут сайын бір есік жібереді, сондықтан n-ші есік 8,5 + 2,5 · (n − 1) минутта шығады. 450 минуттық
ауысымда 177 есік үлгереді: 177-ші есік 448,5 минутта, ал 178-ші 451 минутта шығады.""",
            ru="""### Пример 1. Узкое место, пропускная способность и смена

Находим в списке наибольшее время цикла и его индекс (индекс начинается с 0, поэтому у поста 2 индекс 1). Первая
дверь должна пройти все посты: она выходит через 2,0 + 2,5 + 1,8 + 2,2 = 8,5 минуты. Дальше узкое место
пропускает по одной двери каждые 2,5 минуты, поэтому n-я дверь выходит через 8,5 + 2,5 · (n − 1) минут. За смену
в 450 минут успевают 177 дверей: 177-я выходит на 448,5 минуте, а 178-я — на 451 минуте.""",
            en="""### Example 1. The bottleneck, the throughput and the shift

We find the largest cycle time in the list and its index (indices start at 0, so station 2 has index 1). The first
door must pass every station: it leaves after 2.0 + 2.5 + 1.8 + 2.2 = 8.5 minutes. After that the bottleneck lets
one door through every 2.5 minutes, so door n leaves after 8.5 + 2.5 · (n − 1) minutes. In a shift of 450 minutes,
177 doors make it: the 177th door leaves at minute 448.5 and the 178th at minute 451."""),
        a.code("""cycles = [2.0, 2.5, 1.8, 2.2]
slowest = max(cycles)
print(cycles.index(slowest), slowest)
rate = 60 / slowest / ureg.hour
print(rate)
print(sum(cycles), sum(cycles) + slowest * (177 - 1), sum(cycles) + slowest * (178 - 1))
# [kk] зертхананың моделі де дәл осыны береді:
# [ru] модель лаборатории даёт то же:
# [en] the lab's model gives the same:
print(line_flow.bottleneck(cycles), line_flow.line_rate(cycles), line_flow.first_exit(cycles, 177))""",
               role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Әсел былай есептейді: «Бір есік желіден 2,0 + 2,5 + 1,8 + 2,2 = 8,5 минутта өтеді, сондықтан желі сағатына
60 / 8,5 ≈ 7 есік береді». Келісесіз бе? Төмендегі ұяшық желіні бір сағатқа модельдейді. 8,5 минут — бір
есіктің желіден өту уақыты, ал бекеттер бір уақытта төрт түрлі есікпен жұмыс істейді: бірінші сағатта 21 есік
шығады, содан кейін сағатына 24 есіктен.""",
            ru="""### Верно ли?

Асель считает так: «Одна дверь проходит линию за 2,0 + 2,5 + 1,8 + 2,2 = 8,5 минуты, значит, линия даёт
60 / 8,5 ≈ 7 дверей в час». Согласны? Ячейка ниже моделирует линию на один час. 8,5 минуты — время прохождения
линии одной дверью, а посты одновременно работают с четырьмя разными дверьми: за первый час выходит 21 дверь, а
дальше — по 24 двери в час.""",
            en="""### Is it true?

Assel reasons: "A door passes the line in 2.0 + 2.5 + 1.8 + 2.2 = 8.5 minutes, so the line makes 60 / 8.5 ≈ 7 doors
per hour." Do you agree? The cell below simulates the line for one hour. 8.5 minutes is the time one door takes to
pass the line, while the stations work on four different doors at once: 21 doors come out in the first hour, and
24 per hour after that."""),
        a.code("""times = [cycles] * 60
leave = line_flow.leave_times(times, [0, 0, 0])
print(line_flow.made_by(leave, 60), line_flow.made_by(leave, 120) - line_flow.made_by(leave, 60))""",
               role="misconception"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана есік желісін көрсетеді: төрт бекет, олардың арасында буферлер, астында графиктер. ▶ батырмасын баспас
бұрын болжаңыз: қай бекет есік күтіп бос тұрады, қайсысы есікті бітіріп, алға жібере алмай тұрады? 3-бекеттің
цикл уақытын 1,2 мин етсек, ауысымдағы есіктер саны өзгере ме? Ал 2-бекеттің уақытын 2,2 мин етсек ше?
Жауаптарыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория показывает линию дверей: четыре поста, буферы между ними, под ними графики. Прежде чем нажать ▶,
предскажите: какой пост будет простаивать в ожидании двери, а какой — стоять с готовой дверью, не имея возможности
отдать её дальше? Изменится ли число дверей за смену, если время цикла поста 3 сделать 1,2 мин? А если время поста
2 сделать 2,2 мин? Запишите ответы в тетрадь.""",
            en="""### Predict first

The lab shows the door line: four stations, buffers between them, graphs below. Before you press ▶, predict: which
station will stand idle waiting for a door, and which will stand with a finished door it cannot pass on? Does the
number of doors in a shift change if station 3's cycle time becomes 1.2 min? And if station 2's time becomes
2.2 min? Write your answers down."""),
        a.lab("""lab = line_flow.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. ▶ батырмасын басыңыз. Көк есік — бекет жұмыс істейді, қызыл есік — бекет есікті бітірді, бірақ алда орын жоқ
   (**бұғатталу**, blocking), сұр бекет — есік күтеді. Буфер толғанда не болады?
2. Жүгірткілермен 3-бекеттің, сосын 2-бекеттің цикл уақытын өзгертіңіз. Болжамыңыз расталды ма? 2-бекетті 2,2 мин
   етсеңіз, тар орын қайсы бекет болады?
3. Буферлердің орындарын 0-ден 10-ға дейін өзгертіңіз. Ауысымдағы есіктер саны өзгере ме? Желідегі есіктер ше?
4. «Тоқтаулар» тізімінен «журналдағыдай» таңдаңыз: сары есік — бекет тоқтап тұр (журналдағы тоқтау). Енді
   буферлердің орындарын өзгертіңіз: не өзгерді?""",
            ru="""### Исследуйте

1. Нажмите ▶. Синяя дверь — пост работает, красная — пост закончил дверь, но впереди нет места (**блокировка**,
   blocking), серый пост — ждёт дверь. Что происходит, когда буфер заполнен?
2. Ползунками измените время цикла поста 3, затем поста 2. Подтвердилось ли предсказание? Если сделать пост 2
   2,2 мин, какой пост станет узким местом?
3. Меняйте число мест в буферах от 0 до 10. Меняется ли число дверей за смену? А число дверей на линии?
4. Выберите в списке «Остановки» вариант «как в журнале»: жёлтая дверь — пост остановлен (остановка из журнала).
   Теперь меняйте места в буферах: что изменилось?""",
            en="""### Explore

1. Press ▶. A blue door: the station is working; a red door: the station has finished the door but there is no room
   ahead (**blocking**); a grey station: it is waiting for a door (starved). What happens when a buffer is full?
2. Change the cycle time of station 3 with its slider, then of station 2. Was your prediction right? If station 2
   takes 2.2 min, which station becomes the bottleneck?
3. Change the places in the buffers from 0 to 10. Does the number of doors in the shift change? And the number of
   doors on the line?
4. Choose "as in the log" in the Stoppages list: a yellow door means the station has stopped (a stoppage of the
   log). Now change the buffers' places: what has changed?"""),
        a.text(
            kk="""## 2. Тоқтаулар және буферлер

Нақты желіде бекеттер кейде тоқтайды: бөлшек кептеледі, клипса бітеді. Есік желісінің журналында әр бекет әр есікте
0,1 ықтималдықпен 2-ден 8 минутқа дейін (орта есеппен 5 минут) тоқтайды. Тоқтаған бекетке дейінгі бекеттер
бұғатталады, ал одан кейінгілері есік күтеді. Бекеттер арасындағы **буфер** (buffer) — келесі бекетті күтетін дайын
есіктердің орындары: алдыңғы бекет тоқтаса, келесі бекет буферден есік алып жұмысын жалғастырады, ал келесісі
тоқтаса, алдыңғы бекет есікті буферге қояды.

Тоқтаулармен 2-бекет бір есікке орта есеппен 2,5 + 0,1 · 5 = 3,0 мин жұмсайды, сондықтан желі сағатына 20 есіктен
көп бере алмайды. Буферсіз желі ауысымда 112 есік жасайды, әр буферде 10 орынмен — 144 есік (сағатына 19,2).
Тоқтаулар болмаса, буферлер ауысымдағы есіктер санын өзгертпейді: кез келген буфермен 177 есік.""",
            ru="""## 2. Остановки и буферы

На настоящей линии посты иногда останавливаются: заклинило деталь, кончились клипсы. В журнале линии дверей каждый
пост на каждой двери с вероятностью 0,1 останавливается на время от 2 до 8 минут (в среднем 5 минут). Посты до
остановившегося поста блокируются, а посты после него ждут дверь. **Буфер** (buffer) между постами — места для готовых
дверей, ждущих следующий пост: если предыдущий пост остановился, следующий берёт дверь из буфера и продолжает
работу, а если остановился следующий, предыдущий ставит дверь в буфер.

С остановками пост 2 тратит на дверь в среднем 2,5 + 0,1 · 5 = 3,0 мин, поэтому линия не может дать больше 20
дверей в час. Без буферов линия делает за смену 112 дверей, с 10 местами в каждом буфере — 144 двери (19,2 в
час). Без остановок буферы не меняют число дверей за смену: с любыми буферами 177 дверей.""",
            en="""## 2. Stoppages and buffers

On a real line the stations sometimes stop: a part jams, the clips run out. In the door line's log each station
stops on each door with a probability of 0.1, for 2 to 8 minutes (5 minutes on average). The stations before a
stopped station are blocked, and those after it are starved. A **buffer** between stations is places for finished
doors waiting for the next station: if the station before stops, the next one takes a door from the buffer and
goes on working; if the next one stops, the station before puts its door into the buffer.

With stoppages, station 2 spends 2.5 + 0.1 · 5 = 3.0 min per door on average, so the line cannot make more than 20
doors per hour. Without buffers the line makes 112 doors in a shift, with 10 places in each buffer 144 doors (19.2
per hour). Without stoppages the buffers do not change the doors made in a shift: 177 doors with any buffers."""),
        a.summary(
            kk="""## Қорытынды

* Бекеттің бір есікке жұмсайтын уақыты — **цикл уақыты**; желіден уақыт бірлігінде шығатын есіктер саны — желінің
  **өткізу қабілеті**.
* Ең баяу бекет — **тар орын**: тоқтаулар болмаса, өткізу қабілеті сағатына 60 / (ең үлкен цикл уақыты). Басқа
  бекетті жылдамдату өткізу қабілетін көбейтпейді.
* Бірінші есік барлық цикл уақыттарының қосындысында шығады, одан кейінгілері тар орынның циклі сайын.
* Бекет есікті бітірсе, бірақ алда орын болмаса — **бұғатталу**; есік болмаса, бекет есік күтеді.
* **Буфер** тоқтауларды жұтады: ол тек бекеттер тоқтағанда немесе уақыттары ауытқығанда көмектеседі.""",
            ru="""## Итоги

* Время, которое пост тратит на одну дверь, — **время цикла**; число дверей, уходящих с линии за единицу времени, —
  **пропускная способность** линии.
* Самый медленный пост — **узкое место**: без остановок пропускная способность равна 60 / (наибольшее время цикла)
  в час. Ускорение другого поста пропускную способность не увеличивает.
* Первая дверь выходит через сумму всех времён цикла, следующие — через каждый цикл узкого места.
* Пост закончил дверь, но впереди нет места — **блокировка**; нет двери — пост ждёт дверь.
* **Буфер** поглощает остановки: он помогает, только когда посты останавливаются или их времена колеблются.""",
            en="""## Summary

* The time a station spends on one door is its **cycle time**; the number of doors leaving the line per unit of
  time is the line's **throughput**.
* The slowest station is the **bottleneck**: without stoppages the throughput is 60 / (the largest cycle time) per
  hour. Making another station faster does not raise the throughput.
* The first door leaves after the sum of all cycle times, the next ones one bottleneck cycle apart.
* A station that has finished a door but has no room ahead is in **blocking**; a station without a door is starved.
* A **buffer** absorbs stoppages: it helps only when stations stop or their times vary."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Желінің өткізу қабілетін ... анықтайды, себебі ...».
2. Бастық 3-бекетке жаңа құрал сатып алғысы келеді. Сіз оған не айтар едіңіз?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Пропускную способность линии задаёт ..., потому что ...».
2. Начальник хочет купить новый инструмент для поста 3. Что бы вы ему сказали?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "The line's throughput is set by ..., because ..."
2. The manager wants to buy a new tool for station 3. What would you tell him?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: discrete-event simulation, work in progress and Little's law -------------------------------


def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Есік желісі, 2-сабақ. Оқиғалық модельдеу, аяқталмаған өндіріс және Литтл заңы

Буфер қосу үшін желіні тоқтатып, қайта салу қымбат. Сондықтан инженер алдымен желіні компьютерде «ойнатып
көреді»: бағдарлама бекеттердің ережелері бойынша ауысымның барлық оқиғасын есептейді. Бұл —
**имитациялық модельдеу** (simulation). Бүгін оның бағдарламасын жазамыз, желідегі есіктерді санаймыз және
желінің үш шамасын байланыстыратын заңды тексереміз.""",
            ru="""# Линия дверей, урок 2. Событийное моделирование, незавершённое производство и закон Литтла

Остановить линию и перестроить её ради буфера дорого. Поэтому инженер сначала «проигрывает» линию на компьютере:
программа по правилам постов вычисляет все события смены. Это **имитационное моделирование** (simulation). Сегодня
мы напишем его программу, посчитаем двери на линии и проверим закон, который связывает три величины линии.""",
            en="""# The door line, lesson 2. Discrete-event simulation, work in progress and Little's law

Stopping the line and rebuilding it to add a buffer is expensive. So an engineer first plays the line through on a
computer: a program works out every event of the shift by the stations' rules. This is a **simulation**. Today we
write its program, count the doors on the line and check a law that ties three of the line's quantities together."""),
        a.text(
            kk="""## 3. Оқиғалар кестесі

Желіні минут сайын қарап шығудың орнына тек маңызды оқиғаларды есептейміз: `k` есігі `i` бекетінен қашан кетеді.
Оны екі өлшемді тізімге жазамыз: `leave[k][i]`. `times[k][i]` — `i` бекетінің `k` есігіне жұмсайтын уақыты
(цикл уақыты және тоқтау, егер болса). Есіктер мен бекеттер 0-ден нөмірленеді. Ережелер:

* `k` есігі `i` бекетінде `i - 1` бекетінен кеткенде (0-бекетте — бірден) және `i` бекеті `k - 1` есігін
  жібергенде басталады: `start = max(leave[k][i - 1], leave[k - 1][i])`.
* Ол `times[k][i]` минуттан кейін бітеді: `finish = start + times[k][i]`.
* Бекеттен кейін орын болғанда кетеді. `i` буфері мен `i + 1` бекетіне барлығы `buffers[i] + 1` есік сыяды,
  сондықтан `k` есігі `k - buffers[i] - 1` есігі `i + 1` бекетінен кеткенде ғана кете алады:
  `leave[k][i] = max(finish, leave[k - buffers[i] - 1][i + 1])`. Оған дейін бекет бұғатталған. Соңғы бекет
  бұғатталмайды.

Мысалы, екі бекет, буфер жоқ, әр есікке 1-бекет 1 мин, 2-бекет 3 мин жұмсайды. 0-есік 0-бекеттен 1-минутта кетеді,
1-бекеттен 4-минутта. 1-есік 0-бекетте 1-минутта басталып, 2-минутта бітеді, бірақ 1-бекет бос емес: есік
4-минутқа дейін бұғатталып тұрады. Кесте: `[[1, 4], [4, 7], [7, 10]]`.""",
            ru="""## 3. Таблица событий

Вместо того чтобы просматривать линию минуту за минутой, вычисляем только важные события: когда дверь `k` уходит
с поста `i`. Записываем их в двумерный список `leave[k][i]`. `times[k][i]` — время, которое пост `i` тратит на
дверь `k` (время цикла и остановка, если была). Двери и посты нумеруются с 0. Правила:

* Дверь `k` начинается на посту `i`, когда она ушла с поста `i - 1` (на посту 0 — сразу) и пост `i` отпустил
  дверь `k - 1`: `start = max(leave[k][i - 1], leave[k - 1][i])`.
* Она готова через `times[k][i]` минут: `finish = start + times[k][i]`.
* Она уходит, когда после поста есть место. В буфер `i` и на пост `i + 1` помещаются всего `buffers[i] + 1`
  дверей, поэтому дверь `k` может уйти, только когда дверь `k - buffers[i] - 1` ушла с поста `i + 1`:
  `leave[k][i] = max(finish, leave[k - buffers[i] - 1][i + 1])`. До этого пост блокирован. Последний пост не
  блокируется.

Например, два поста, буфера нет, на каждую дверь пост 0 тратит 1 мин, пост 1 — 3 мин. Дверь 0 уходит с поста 0 на
1-й минуте, с поста 1 — на 4-й. Дверь 1 начинается на посту 0 на 1-й минуте и готова на 2-й, но пост 1 занят:
дверь блокирована до 4-й минуты. Таблица: `[[1, 4], [4, 7], [7, 10]]`.""",
            en="""## 3. The table of events

Instead of looking at the line minute by minute we compute only the events that matter: when door `k` leaves
station `i`. We write them into a two-dimensional list, `leave[k][i]`. `times[k][i]` is the time station `i` spends
on door `k` (its cycle time and a stoppage, if there was one). Doors and stations are numbered from 0. The rules:

* Door `k` starts at station `i` when it has left station `i - 1` (at station 0: at once) and station `i` has let
  go of door `k - 1`: `start = max(leave[k][i - 1], leave[k - 1][i])`.
* It is finished `times[k][i]` minutes later: `finish = start + times[k][i]`.
* It leaves when there is room after the station. Buffer `i` and station `i + 1` hold `buffers[i] + 1` doors in
  all, so door `k` may leave only when door `k - buffers[i] - 1` has left station `i + 1`:
  `leave[k][i] = max(finish, leave[k - buffers[i] - 1][i + 1])`. Until then the station is blocked. The last
  station is never blocked.

For example: two stations, no buffer, station 0 spends 1 min on each door and station 1 spends 3 min. Door 0 leaves
station 0 at minute 1 and station 1 at minute 4. Door 1 starts at station 0 at minute 1 and is finished at minute
2, but station 1 is busy: the door is blocked until minute 4. The table: `[[1, 4], [4, 7], [7, 10]]`."""),
        a.example(
            kk="""### 2-мысал. Буферлері ешқашан толмайтын желі

Төмендегі функция алғашқы екі ережені орындайды, ал үшіншісін әлі білмейді: есік бітісімен кетеді, буфер шексіз
сияқты. Мысалдың желісінде ол есіктердің желіден шығу уақыттарын дұрыс береді (тар орын соңында), бірақ
0-бекеттен кету уақыттары басқа: 1-есік 2-минутта кетіп, буферде күтеді. Бұғатталуды тапсырмада өзіңіз
қосасыз.""",
            ru="""### Пример 2. Линия, буферы которой никогда не заполняются

Функция ниже выполняет первые два правила, а третьего пока не знает: дверь уходит, как только готова, будто буфер
бесконечен. На линии из примера она верно даёт времена выхода дверей с линии (узкое место в конце), но времена
ухода с поста 0 другие: дверь 1 уходит на 2-й минуте и ждёт в буфере. Блокировку вы добавите сами в задании.""",
            en="""### Example 2. A line whose buffers never fill

The function below follows the first two rules but does not know the third yet: a door leaves as soon as it is
finished, as if the buffer had no end. On the example's line it gives the times the doors leave the line right (the
bottleneck is last), but the times they leave station 0 differ: door 1 leaves at minute 2 and waits in the buffer.
You add the blocking yourself in the assignment."""),
        a.code(UNLIMITED + """


times = [[1, 3], [1, 3], [1, 3]]
print(leave_unlimited(times))
print(line_flow.leave_times(times, [0]))""", role="example"),
        a.text(
            kk="""## 4. Аяқталмаған өндіріс, өту уақыты және Литтл заңы

`t` сәтінде желіге кірген, бірақ соңғы бекеттен әлі кетпеген есіктер — **аяқталмаған өндіріс** (work in
progress). `k` есігі 0-бекетке `k - 1` есігі одан кеткенде кіреді (0-есік — 0-минутта), ал `t` сәтінде кететін
есік енді желіде емес. Бір есіктің желіге кіргеннен шыққанға дейінгі уақыты — оның **өту уақыты** (lead time).

Ауысымдағы орташа аяқталмаған өндіріс `L` (есік), өткізу қабілеті `X` (минутына есік) және орташа өту уақыты `W`
(мин) бір-бірімен байланысты — бұл **Литтл заңы** (Little's law):""",
            ru="""## 4. Незавершённое производство, время прохождения и закон Литтла

Двери, которые к моменту `t` вошли на линию, но ещё не ушли с последнего поста, — **незавершённое производство**
(work in progress). Дверь `k` входит на пост 0, когда с него уходит дверь `k - 1` (дверь 0 — на 0-й минуте), а
дверь, уходящая в момент `t`, уже не на линии. Время от входа одной двери на линию до её выхода — её **время
прохождения** (lead time).

Среднее незавершённое производство за смену `L` (дверей), пропускная способность `X` (дверей в минуту) и среднее
время прохождения `W` (мин) связаны — это **закон Литтла** (Little's law):""",
            en="""## 4. Work in progress, lead time and Little's law

The doors that have entered the line by moment `t` but not yet left its last station are the **work in progress**.
Door `k` enters station 0 when door `k - 1` leaves it (door 0 at minute 0), and a door that leaves at moment `t` is
no longer on the line. The time from one door entering the line to its leaving is its **lead time**.

The shift's average work in progress `L` (doors), the throughput `X` (doors per minute) and the average lead time
`W` (min) are tied together: this is **Little's law**:"""),
        a.formula(r"$$L = X \cdot W$$"),
        a.example(
            kk="""### 3-мысал. Литтл заңын модельдеумен тексереміз

Журналдағы тоқтаулармен және әр буферде 2 орынмен желі ауысымда 137 есік жасайды: `X` сағатына 18,27 есік, яғни
минутына 0,3044. Есіктің орташа өту уақыты `W` 19,18 мин, сондықтан `X · W` 5,84 есік. Модельдеудегі орташа
аяқталмаған өндіріс `L` 5,9 есік: айырмасы 1 % шамасында. Ол ауысым соңында желіде қалған есіктерден шығады;
ұзағырақ уақытта айырма азаяды, ал бос желіден басталып, бос желімен аяқталатын уақытта заң дәл орындалады.""",
            ru="""### Пример 3. Проверяем закон Литтла моделированием

С остановками из журнала и 2 местами в каждом буфере линия делает за смену 137 дверей: `X` равна 18,27 двери в
час, то есть 0,3044 в минуту. Среднее время прохождения `W` — 19,18 мин, поэтому `X · W` — 5,84 двери. Среднее
незавершённое производство в моделировании `L` — 5,9 двери: разница около 1 %. Она возникает из-за дверей,
оставшихся на линии в конце смены; за более долгое время разница уменьшается, а за время, которое начинается и
кончается пустой линией, закон выполняется точно.""",
            en="""### Example 3. Checking Little's law by simulation

With the log's stoppages and 2 places in each buffer the line makes 137 doors in a shift: `X` is 18.27 doors per
hour, that is 0.3044 per minute. The average lead time `W` is 19.18 min, so `X · W` is 5.84 doors. The average work
in progress `L` in the simulation is 5.9 doors: they differ by about 1 %. The difference comes from the doors still
on the line at the end of the shift; over a longer time it shrinks, and over a time that starts and ends with an
empty line the law holds exactly."""),
        a.code("""result = line_flow.line_state(2.0, 2.5, 1.8, 2.2, 2, 2, 2, "on", 450)
x = result["throughput"] / 60
print(result["made"], result["throughput"], x)
print(result["lead_mean"], x * result["lead_mean"], result["wip_mean"])
leave = result["table"]["leave"]
print(line_flow.work_in_progress(leave, 100), line_flow.work_in_progress(leave, 300))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Данияр айтады: «Буфер неғұрлым үлкен болса, соғұрлым жақсы: әр буферге 10 орын қоялық». Төмендегі ұяшықты іске
қосыңыз. Әр буферде 10 орынмен желі 2 орынмен салыстырғанда тек 7 есік артық жасайды, ал желідегі есіктер мен өту
уақыты шамамен екі есе өседі. Литтл заңы бойынша өткізу қабілеті өзгермесе, аяқталмаған өндіріс өскен сайын өту
уақыты да өседі: есіктер буферлерде жатады, орын алады, ақау табылса, бәрі қайта жасалады.""",
            ru="""### Верно ли?

Данияр говорит: «Чем больше буфер, тем лучше: поставим в каждый буфер по 10 мест». Запустите ячейку ниже. С 10
местами в каждом буфере линия делает всего на 7 дверей больше, чем с 2 местами, а дверей на линии и время
прохождения становится примерно вдвое больше. По закону Литтла при той же пропускной способности с ростом
незавершённого производства растёт и время прохождения: двери лежат в буферах, занимают место, а если найдут
дефект, переделывать придётся все.""",
            en="""### Is it true?

Daniyar says: "The bigger the buffer, the better: let us give each buffer 10 places." Run the cell below. With 10
places in each buffer the line makes only 7 doors more than with 2 places, while the doors on the line and the lead
time roughly double. By Little's law, with the same throughput, more work in progress means a longer lead time:
the doors lie in the buffers, take up space, and if a defect is found, all of them must be reworked."""),
        a.code("""for places in (2, 10):
    result = line_flow.line_state(2.0, 2.5, 1.8, 2.2, places, places, places, "on", 450)
    print(places, result["made"], result["wip_mean"], result["lead_mean"])""", role="misconception"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Құрастыру цехына журналдағы тоқтаулармен ауысымына кемінде 140 есік керек. Буферлердің орындары барлығы
мүмкіндігінше аз болсын. Зертханада сынамас бұрын бағалаңыз: барлығы неше орын керек? Оларды тар орынның (2-бекет)
алдына, артына немесе басқа жерге қою керек пе?""",
            ru="""### Сначала оцените

Цеху сборки нужно не меньше 140 дверей за смену с остановками из журнала. Мест в буферах всего должно быть как
можно меньше. Прежде чем пробовать в лаборатории, оцените: сколько всего мест нужно? Ставить их перед узким местом
(пост 2), после него или в другом месте?""",
            en="""### Estimate first

The assembly hall needs at least 140 doors per shift with the log's stoppages, with as few buffer places in all as
possible. Before you try it in the lab, estimate: how many places are needed in all? Should they go before the
bottleneck (station 2), after it or somewhere else?"""),
        a.design_lab("""design_lab = line_flow.make_lab("buffers")
design_lab"""),
        a.text(
            kk="""Буферлердің орындарын таңдап, **Жобаны тексеру** батырмасын басыңыз. Бағалауыңыз расталды ма? Талапты
орындайтын басқа жобаны табыңыз. 7 орынмен 140 есік шықпайды (модуль мұны барлық жобаны сынап тексереді).""",
            ru="""Выберите места в буферах и нажмите **Проверить проект**. Подтвердилась ли ваша оценка? Найдите другой проект,
который выполняет требование. С 7 местами 140 дверей не получить (модуль проверяет это, перебирая все проекты).""",
            en="""Choose the buffers' places and press **Check the design**. Was your estimate right? Find another design that
meets the requirement. With 7 places 140 doors cannot be made (the module checks this by trying every design)."""),
        a.summary(
            kk="""## Қорытынды

* **Имитациялық модельдеу** жүйенің оқиғаларын уақыт бойынша ойнатады; оқиғалық модельдеу тек оқиғаларды
  есептейді: `leave[k][i]` — `k` есігінің `i` бекетінен кету уақыты.
* Есік `start = max(...)` сәтінде басталып, `finish = start + times[k][i]` сәтінде бітеді, алда орын болмаса
  бекет **бұғатталады**; **буфер** мен келесі бекетке `buffers[i] + 1` есік сыяды.
* Желіге кірген, бірақ әлі шықпаған есіктер — **аяқталмаған өндіріс**; бір есіктің желіден өтуі — оның **өту
  уақыты**.
* **Литтл заңы**: `L = X · W`. **Өткізу қабілетін** **тар орын** шектейді, ал артық буфер тек аяқталмаған өндіріс
  пен өту уақытын көбейтеді.
* Бекеттің **цикл уақыты** және тоқтаулары — модельдің деректері.""",
            ru="""## Итоги

* **Имитационное моделирование** проигрывает события системы во времени; событийное моделирование вычисляет только
  события: `leave[k][i]` — время ухода двери `k` с поста `i`.
* Дверь начинается в момент `start = max(...)` и готова в `finish = start + times[k][i]`; если впереди нет места,
  пост **блокирован**; в **буфер** и следующий пост помещается `buffers[i] + 1` дверей.
* Двери, вошедшие на линию, но ещё не вышедшие, — **незавершённое производство**; путь одной двери через линию —
  её **время прохождения**.
* **Закон Литтла**: `L = X · W`. **Пропускную способность** ограничивает **узкое место**, а лишний буфер только
  увеличивает незавершённое производство и время прохождения.
* **Время цикла** поста и его остановки — данные модели.""",
            en="""## Summary

* A **simulation** plays a system's events through in time; a discrete-event simulation computes only the events:
  `leave[k][i]` is when door `k` leaves station `i`.
* A door starts at `start = max(...)` and is finished at `finish = start + times[k][i]`; with no room ahead the
  station is in **blocking**; a **buffer** and the next station hold `buffers[i] + 1` doors.
* The doors that have entered the line but not left it are the **work in progress**; one door's way through the
  line takes its **lead time**.
* **Little's law**: `L = X · W`. The **bottleneck** limits the **throughput**, and a buffer bigger than needed only
  adds work in progress and lead time.
* A station's **cycle time** and its stoppages are the model's data."""),
        a.reflection(
            kk="""## Рефлексия

1. Бұғатталу ережесінде неге `k - buffers[i] - 1` жазылады, `k - buffers[i]` емес? Өз сөзіңізбен түсіндіріңіз.
2. Минут сайынғы модельдеудің орнына оқиғаларды есептеудің пайдасы қандай?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Почему в правиле блокировки стоит `k - buffers[i] - 1`, а не `k - buffers[i]`? Объясните своими словами.
2. Чем вычисление событий лучше моделирования минута за минутой?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Why does the blocking rule say `k - buffers[i] - 1` and not `k - buffers[i]`? Explain in your own words.
2. What do we gain by computing events instead of simulating minute by minute?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = '''import sympy as sp
from curriculum.units import ureg
from curriculum.check import (advise, check_design, check_function, compare, leaves_arguments_unchanged, require,
                              rules)
from curriculum.i18n import pick
from curriculum.labs.line_flow import DESIGN_SPEC, design_result, make_lab

# [kk] бекеттердің цикл уақыттары (мин) және есіктің нөмірі: оларға сан бермеңіз
# [ru] времена цикла постов (мин) и номер двери: не присваивайте им чисел
# [en] the stations' cycle times (min) and a door's number: do not give them numbers
c1, c2, c3, c4, n = sp.symbols("c1 c2 c3 c4 n", positive=True)

CYCLES = [2.0, 2.1, 1.8, 2.4]'''

LAB = "from curriculum.labs import line_flow as _lab"

SKELETON = """def leave_times(times, buffers):
    leave = []
    for k in range(len(times)):
        row = []
        for i in range(len(times[k])):
            before = row[i - 1] if i > 0 else 0
            free = leave[k - 1][i] if k > 0 else 0
            finish = max(before, free) + times[k][i]
            ...
            row.append(...)
        leave.append(row)
    return leave"""


ASSIGNMENT_PLAN = [
    a.stage("Кіріспені, жауап жазу ережесін және бағалау критерийлерін оқу",
           "Чтение вступления, правил записи ответов и критериев оценивания",
           "Reading the introduction, how to write answers and the assessment criteria", 4),
    a.stage("1-тапсырма (A): тар орынның функциясы", "Задача 1 (A): функция узкого места",
           "Task 1 (A): the bottleneck's function", 4),
    a.stage("2-тапсырма (A): өткізу қабілеті", "Задача 2 (A): пропускная способность", "Task 2 (A): the throughput", 2),
    a.stage("3-тапсырма (B): n-ші есіктің шығу уақыты", "Задача 3 (B): время выхода n-й двери",
           "Task 3 (B): when door n leaves", 5),
    a.stage("4-тапсырма (B): бұғатталуы бар модельдеу", "Задача 4 (B): моделирование с блокировкой",
           "Task 4 (B): the simulation with blocking", 10),
    a.stage("5-тапсырма (B): аяқталмаған өндіріс", "Задача 5 (B): незавершённое производство",
           "Task 5 (B): the work in progress", 5),
    a.stage("6-тапсырма (A): ауысымның өткізу қабілеті", "Задача 6 (A): пропускная способность смены",
           "Task 6 (A): the shift's throughput", 4),
    a.stage("7-тапсырма (B): Литтл заңы", "Задача 7 (B): закон Литтла", "Task 7 (B): Little's law", 3),
    a.saving_stage(2),
]
"""What a grade-9 class needs for the assignment in class, minute by minute. Before the timing pass all nine tasks
were meant for the lesson: about 57 minutes, the design and the written answer taking some 18 of them."""
ASSIGNMENT_HOME = [
    a.stage("8-тапсырма (C): зертханада буферлерді жобалау", "Задача 8 (C): проект буферов в лаборатории",
           "Task 8 (C): designing the buffers in the lab", 8),
    a.stage("9-тапсырма (C): буфер туралы кеңес", "Задача 9 (C): совет о буферах", "Task 9 (C): advice on the buffers", 10),
]
ASSIGNMENT_PLAN_NOTE = {
    "kk": "8-тапсырма мен 9-тапсырманы оқушылар үйде орындап, жұмысты келесі сабаққа дейін тапсырады: 9-тапсырмадағы "
          "түсіндіру 8-тапсырмадағы жобаға сүйенеді. Мұғалім 9-тапсырманы балл қою кестесі бойынша тексереді. Үлгерген "
          "оқушы 8-тапсырманы сабақта бастай алады.",
    "ru": "Задачу 8 и задачу 9 ученики выполняют дома и сдают работу до следующего урока: объяснение в задаче 9 опирается "
          "на проект задачи 8. Учитель проверяет задачу 9 по схеме выставления баллов. Кто успел, может начать задачу 8 "
          "на уроке.",
    "en": "Pupils do task 8 and task 9 at home and hand the work in before the next lesson: task 9's explanation builds on "
          "task 8's design. The teacher marks task 9 by the mark scheme. Those who finish early may start task 8 in class.",
}


def assignment(meta: object) -> object:
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Есік желісі: тар орын, модельдеу және буферлер

Есік желісі қайта жабдықталды: енді бекеттердің цикл уақыттары 2,0, 2,1, 1,8 және 2,4 мин (бірінші код
ұяшығындағы `CYCLES` тізімі). Бұл тапсырмада сіз тар орынды табасыз, өткізу қабілетін және есіктің шығу уақытын
есептейсіз, оқиғалық модельдеуді аяқтайсыз, аяқталмаған өндіріс пен өткізу қабілетін кестеден санайсыз, Литтл
заңын қолданасыз және буферлерді жобалайсыз. Уақыттар мен журнал ойдан алынған. Уақыты — сабақта 45 минут, ал
8-тапсырма мен 9-тапсырма — үйге.

**Жауапты қалай жазу керек.** Функцияларды тапсырмада көрсетілген атпен және аргументтермен жазыңыз; берілген
тізімдерді өзгертпеңіз. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді, ал бағаны
жасырын тесттер көп желіде қояды және функция қателесетін ең кіші желіні көрсетеді.""",
            ru="""# Линия дверей: узкое место, моделирование и буферы

Линию дверей переоснастили: теперь времена цикла постов 2,0, 2,1, 1,8 и 2,4 мин (список `CYCLES` в первой ячейке
кода). В этом задании вы найдёте узкое место, вычислите пропускную способность и время выхода двери, допишете
событийное моделирование, посчитаете по таблице незавершённое производство и пропускную способность, примените
закон Литтла и спроектируете буферы. Времена и журнал вымышлены. Время — 45 минут на уроке, а задача 8 и задача 9 —
домой.

**Как записывать ответы.** Пишите функции с именами и аргументами, указанными в задаче; не меняйте данные списки.
Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа, а оценку ставят скрытые тесты на многих
линиях и показывают самую маленькую линию, на которой функция ошибается.""",
            en="""# The door line: the bottleneck, the simulation and the buffers

The door line has been retooled: its stations' cycle times are now 2.0, 2.1, 1.8 and 2.4 min (the list `CYCLES` in
the first code cell). In this assignment you find the bottleneck, compute the throughput and the time a door
leaves, complete the discrete-event simulation, count the work in progress and the throughput from its table, apply
Little's law and design the buffers. The times and the log are fictional. Time: 45 minutes in class, and task 8 and
task 9 at home.

**How to write answers.** Write the functions with the names and arguments the task gives; do not change the lists
you are given. Run the test cell under each task: it checks the form of your answer; the grade comes from hidden
tests on many lines, which show the smallest line on which your function goes wrong."""),

        a.time_plan(ASSIGNMENT_PLAN, home=ASSIGNMENT_HOME, note=ASSIGNMENT_PLAN_NOTE),
        a.text(kk="## А бөлім. Тар орын", ru="## Часть А. Узкое место", en="## Part A. The bottleneck"),
        a.task(1, 1, "A",
               kk="""`bottleneck(cycles)` функциясын жазыңыз: ол бекеттердің цикл уақыттарының тізімінен тар орынның (ең үлкен
цикл уақыты бар бекеттің) **индексін** қайтарсын, индекс 0-ден басталады; бірдей баяу бекеттер болса — біріншісінің
индексін. Мысалы, `bottleneck([2.0, 3.5, 3.5, 1.0])` нәтижесі `1`.""",
               ru="""Напишите функцию `bottleneck(cycles)`: по списку времён цикла постов она возвращает **индекс** узкого места
(поста с наибольшим временем цикла), индекс начинается с 0; если одинаково медленных постов несколько — индекс
первого. Например, `bottleneck([2.0, 3.5, 3.5, 1.0])` даёт `1`.""",
               en="""Write the function `bottleneck(cycles)`: from the list of the stations' cycle times it returns the **index**
of the bottleneck (the station with the largest cycle time), indices starting at 0; of equally slow stations, the
index of the first. For example, `bottleneck([2.0, 3.5, 3.5, 1.0])` gives `1`."""),
        a.answer("bottleneck", """def bottleneck(cycles):
    slowest = 0
    for i in range(len(cycles)):
        if cycles[i] > cycles[slowest]:
            slowest = i
    return slowest""", hint={
            "kk": "def bottleneck(cycles): ... тар орынның индексін қайтарыңыз",
            "ru": "def bottleneck(cycles): ... верните индекс узкого места",
            "en": "def bottleneck(cycles): ... return the bottleneck's index"}),
        a.tests("bottleneck-test", 1, public="""assert callable(bottleneck), pick({"kk": "bottleneck — функция болуы керек (def bottleneck(cycles): ...).", "ru": "bottleneck должна быть функцией (def bottleneck(cycles): ...).", "en": "bottleneck should be a function (def bottleneck(cycles): ...)."})
advise(check_function(bottleneck, lambda cycles: 1, inputs=[([2.0, 3.5, 3.5, 1.0],)]))""",
                hidden=LAB + """
require(check_function(bottleneck, _lab.bottleneck,
                       inputs=[(CYCLES,), ([2.0, 2.5, 1.8, 2.2],), ([3.0],), ([1.0, 2.0],), ([2.0, 1.0],),
                               ([2.0, 2.0, 2.0],), ([1.0, 3.0, 2.0, 3.0],), ([0.5, 0.5, 4.0, 4.0, 1.0],)],
                       strategy=_lab.cycle_lists(6), max_examples=150))
require(compare(leaves_arguments_unchanged(bottleneck, [2.0, 3.5, 1.0]), True, rules=[
    rules.wrong_answer(False, code="changes-the-list", message={
        "kk": "bottleneck берілген тізімді өзгертеді (мысалы, сұрыптайды): тізімнің көшірмесімен жұмыс істеңіз.",
        "ru": "bottleneck меняет данный список (например, сортирует его): работайте с копией списка.",
        "en": "bottleneck changes the list it is given (it sorts it, say): work on a copy of the list."})]))"""),

        a.task(2, 1, "A",
               kk="""Тоқтаулар болмаса, `CYCLES` желісінің өткізу қабілеті қандай? Оны `rate` pint шамасы ретінде беріңіз, мысалы,
`rate = 10 / ureg.hour` түрінде (бұл жауап емес); минутына есікпен (`1 / ureg.min`) берілген жауап та
қабылданады. 0,5 % ішіндегі жауап қабылданады.""",
               ru="""Какова пропускная способность линии `CYCLES` без остановок? Запишите её как величину pint `rate`, в виде,
например, `rate = 10 / ureg.hour` (это не ответ); двери в минуту, `1 / ureg.min`, тоже принимаются. Ответ в
пределах 0,5 % принимается.""",
               en="""What is the throughput of the line `CYCLES` without stoppages? Give it as a pint quantity `rate`, in a form such
as `rate = 10 / ureg.hour` (not the answer); doors per minute, `1 / ureg.min`, are accepted too. An answer within
0.5 % is accepted."""),
        a.answer("line-rate", "rate = 60 / max(CYCLES) / ureg.hour", hint={
            "kk": "rate = ... / ureg.hour   (сағатына есік)", "ru": "rate = ... / ureg.hour   (двери в час)",
            "en": "rate = ... / ureg.hour   (doors per hour)"}),
        a.tests("line-rate-test", 1, public="""require(compare(rate, "1/h", mode="dimension"))""",
                hidden="""require(compare(rate, "25 / h", mode="units", rtol=0.005, rules=[
    rules.wrong_answer("33.333 / h", code="fastest-station", message={
        "kk": "Сіз ең жылдам бекетті алдыңыз: желінің қарқынын ең баяу бекет анықтайды.",
        "ru": "Вы взяли самый быстрый пост: темп линии задаёт самый медленный.",
        "en": "You took the fastest station: the slowest one sets the line's pace."}),
    rules.wrong_answer("7.2289 / h", code="sum-of-cycles", message={
        "kk": "Цикл уақыттарының қосындысы — бір есіктің өту уақыты; бекеттер бір уақытта әртүрлі есіктермен жұмыс істейді.",
        "ru": "Сумма времён цикла — время прохождения одной двери; посты работают одновременно с разными дверьми.",
        "en": "The sum of the cycle times is one door's lead time; the stations work on different doors at once."})]))"""),

        a.task(3, 1, "B",
               kk="""Тоқтаулар болмаса, `CYCLES` желісінде n-ші есік (1-ден бастап санағанда) желіден қашан шығады? Бекеттердің
цикл уақыттары — `c1`, `c2`, `c3`, `c4` (мин), ең баяуы 4-бекет. Жауапты `c1`, `c2`, `c3`, `c4` және `n` арқылы
sympy өрнегі ретінде жазыңыз: `exit_time = ...`, мысалы, `exit_time = n * c1` түрінде (бұл жауап емес).""",
               ru="""Когда без остановок n-я дверь (считая с 1) выходит с линии `CYCLES`? Времена цикла постов — `c1`, `c2`, `c3`,
`c4` (мин), самый медленный — пост 4. Запишите ответ выражением sympy через `c1`, `c2`, `c3`, `c4` и `n`:
`exit_time = ...`, в виде, например, `exit_time = n * c1` (это не ответ).""",
               en="""Without stoppages, when does door n (counted from 1) leave the line `CYCLES`? The stations' cycle times are
`c1`, `c2`, `c3`, `c4` (min), the slowest being station 4. Write the answer as a sympy expression in `c1`, `c2`,
`c3`, `c4` and `n`: `exit_time = ...`, in a form such as `exit_time = n * c1` (not the answer)."""),
        a.answer("exit-time", f"exit_time = {EXIT_TIME}", hint={
            "kk": "exit_time = ...   (c1, c2, c3, c4, n арқылы sympy өрнегі)",
            "ru": "exit_time = ...   (выражение sympy через c1, c2, c3, c4, n)",
            "en": "exit_time = ...   (a sympy expression in c1, c2, c3, c4, n)"}),
        a.tests("exit-time-test", 1, public="""assert isinstance(exit_time, sp.Expr), pick({"kk": "exit_time — c1, c2, c3, c4, n әріптерінен құрылған sympy өрнегі болуы керек.", "ru": "exit_time должно быть выражением sympy из c1, c2, c3, c4, n.", "en": "exit_time should be a sympy expression made of c1, c2, c3, c4, n."})
assert {s.name for s in exit_time.free_symbols} <= {"c1", "c2", "c3", "c4", "n"}, pick({"kk": "exit_time өрнегінде тек c1, c2, c3, c4, n әріптері болуы керек.", "ru": "В выражении exit_time могут быть только буквы c1, c2, c3, c4, n.", "en": "exit_time may use only the letters c1, c2, c3, c4, n."})""",
                hidden=f"""require(compare(exit_time, "{EXIT_TIME}", rules=[
    rules.wrong_answer("n*(c1 + c2 + c3 + c4)", code="one-door-at-a-time", message={{
        "kk": "Бекеттер есіктерді кезекпен емес, бір уақытта жасайды: бірінші есіктен кейін тар орынның циклі сайын бір есік шығады.",
        "ru": "Посты делают двери не по очереди, а одновременно: после первой двери выходит по одной за каждый цикл узкого места.",
        "en": "The stations do not make the doors one after another but at once: after the first door, one leaves every bottleneck cycle."}}),
    rules.wrong_answer("c1 + c2 + c3 + c4 + n*c4", code="off-by-one", message={{
        "kk": "Бірінші есік (n = 1) барлық цикл уақыттарының қосындысында шығады: тар орынның циклдері n − 1.",
        "ru": "Первая дверь (n = 1) выходит через сумму всех времён цикла: циклов узкого места n − 1.",
        "en": "The first door (n = 1) leaves after the sum of all cycle times: there are n − 1 bottleneck cycles."}})]))"""),

        a.text(kk="## Ә бөлім. Модельдеу", ru="## Часть Б. Моделирование", en="## Part B. The simulation"),
        a.task(4, 2, "B",
               kk="""2-сабақтағы `leave_unlimited` функциясына бұғатталуды қосып, `leave_times(times, buffers)` функциясын
аяқтаңыз. `times[k][i]` — `i` бекетінің `k` есігіне жұмсайтын уақыты, `buffers[i]` — `i` бекеті мен `i + 1` бекеті
арасындағы буфердің орындары (бекеттерден бір кем). Функция `leave[k][i]` кестесін (тізімдер тізімін) қайтарсын:
`k` есігі `i` бекетінен кететін минут. Ереже: соңғы бекеттен басқа бекетте есік `finish` сәтінен ерте емес және
`k - buffers[i] - 1` есігі `i + 1` бекетінен кеткеннен ерте емес кетеді (ондай есік болса). Үлгі:

```python
""" + SKELETON + """
```

Мысалы, `leave_times([[1, 3], [1, 3], [1, 3]], [0])` нәтижесі `[[1, 4], [4, 7], [7, 10]]`. `times` пен `buffers`
тізімдерін өзгертпеңіз.""",
               ru="""Добавьте блокировку к функции `leave_unlimited` из урока 2 и допишите функцию `leave_times(times, buffers)`.
`times[k][i]` — время, которое пост `i` тратит на дверь `k`, `buffers[i]` — число мест в буфере между постом `i` и
постом `i + 1` (буферов на один меньше, чем постов). Функция возвращает таблицу `leave[k][i]` (список списков):
минуту, когда дверь `k` уходит с поста `i`. Правило: с любого поста, кроме последнего, дверь уходит не раньше
`finish` и не раньше, чем дверь `k - buffers[i] - 1` ушла с поста `i + 1` (если такая дверь есть). Образец:

```python
""" + SKELETON + """
```

Например, `leave_times([[1, 3], [1, 3], [1, 3]], [0])` даёт `[[1, 4], [4, 7], [7, 10]]`. Не меняйте списки `times` и
`buffers`.""",
               en="""Add the blocking to the function `leave_unlimited` of lesson 2 and complete the function
`leave_times(times, buffers)`. `times[k][i]` is the time station `i` spends on door `k`, `buffers[i]` the places of
the buffer between station `i` and station `i + 1` (one buffer fewer than stations). The function returns the
table `leave[k][i]` (a list of lists): the minute door `k` leaves station `i`. The rule: from any station but the
last, a door leaves no earlier than `finish` and no earlier than door `k - buffers[i] - 1` has left station `i + 1`
(if there is such a door). A template:

```python
""" + SKELETON + """
```

For example, `leave_times([[1, 3], [1, 3], [1, 3]], [0])` gives `[[1, 4], [4, 7], [7, 10]]`. Do not change the
lists `times` and `buffers`."""),
        a.answer("leave-times", """def leave_times(times, buffers):
    leave = []
    for k in range(len(times)):
        row = []
        for i in range(len(times[k])):
            before = row[i - 1] if i > 0 else 0
            free = leave[k - 1][i] if k > 0 else 0
            finish = max(before, free) + times[k][i]
            if i < len(times[k]) - 1 and k - buffers[i] - 1 >= 0:
                finish = max(finish, leave[k - buffers[i] - 1][i + 1])
            row.append(finish)
        leave.append(row)
    return leave""", hint={
            "kk": "def leave_times(times, buffers): ... кету уақыттарының кестесін қайтарыңыз",
            "ru": "def leave_times(times, buffers): ... верните таблицу времён ухода",
            "en": "def leave_times(times, buffers): ... return the table of leaving times"}),
        a.tests("leave-times-test", 2, public="""assert callable(leave_times), pick({"kk": "leave_times — функция болуы керек (def leave_times(times, buffers): ...).", "ru": "leave_times должна быть функцией (def leave_times(times, buffers): ...).", "en": "leave_times should be a function (def leave_times(times, buffers): ...)."})
advise(check_function(leave_times, lambda times, buffers: [[1, 4], [4, 7], [7, 10]], inputs=[([[1, 3], [1, 3], [1, 3]], [0])]))""",
                hidden=LAB + """
require(check_function(leave_times, _lab.leave_times,
                       inputs=[([[1, 3], [1, 3], [1, 3]], [0]), ([[2]], []), ([[1], [2], [3]], []),
                               ([[3, 1], [3, 1]], [0]), ([[1, 5, 1]] * 4, [0, 0]), ([[1, 5, 1]] * 4, [1, 0]),
                               ([[1, 1, 4]] * 5, [2, 0]), ([[2, 1], [1, 6], [1, 1], [1, 1]], [1]),
                               ([list(CYCLES)] * 6, [0, 1, 0]), ([[2, 7, 1, 1], [1, 1, 1, 9], [3, 1, 1, 1]], [0, 0, 0])],
                       strategy=_lab.lines(6, 4, 6, 3), max_examples=200))
require(compare(leaves_arguments_unchanged(leave_times, [[1, 5, 1], [1, 5, 1], [1, 5, 1]], [0, 1]), True, rules=[
    rules.wrong_answer(False, code="changes-the-times", message={
        "kk": "leave_times берілген times не buffers тізімін өзгертеді: кестені жаңа тізімге жазыңыз.",
        "ru": "leave_times меняет данный список times или buffers: записывайте таблицу в новый список.",
        "en": "leave_times changes the list times or buffers it is given: write the table into a new list."})]))"""),

        a.task(5, 1, "B",
               kk="""`work_in_progress(leave, t)` функциясын жазыңыз: ол `leave` кестесі бойынша `t` минутында желідегі есіктер
санын қайтарсын. `k` есігі желіге `k - 1` есігі 0-бекеттен кеткенде кіреді (0-есік — 0-минутта); `t` минутына
дейін немесе дәл `t` минутында кірген және соңғы бекеттен `t` минутынан кейін кететін есік желіде. Мысалы,
`work_in_progress([[1, 4], [4, 7], [7, 10]], 4)` нәтижесі `2`.""",
               ru="""Напишите функцию `work_in_progress(leave, t)`: по таблице `leave` она возвращает число дверей на линии в минуту
`t`. Дверь `k` входит на линию, когда дверь `k - 1` уходит с поста 0 (дверь 0 — на 0-й минуте); на линии дверь,
которая вошла до минуты `t` или ровно в неё, а с последнего поста уходит позже минуты `t`. Например,
`work_in_progress([[1, 4], [4, 7], [7, 10]], 4)` даёт `2`.""",
               en="""Write the function `work_in_progress(leave, t)`: from the table `leave` it returns the number of doors on the
line at minute `t`. Door `k` enters the line when door `k - 1` leaves station 0 (door 0 at minute 0); a door is on
the line if it entered at or before minute `t` and leaves the last station after minute `t`. For example,
`work_in_progress([[1, 4], [4, 7], [7, 10]], 4)` gives `2`."""),
        a.answer("work-in-progress", """def work_in_progress(leave, t):
    count = 0
    for k in range(len(leave)):
        entered = leave[k - 1][0] if k > 0 else 0
        if entered <= t < leave[k][-1]:
            count = count + 1
    return count""", hint={
            "kk": "def work_in_progress(leave, t): ... желідегі есіктер санын қайтарыңыз",
            "ru": "def work_in_progress(leave, t): ... верните число дверей на линии",
            "en": "def work_in_progress(leave, t): ... return the number of doors on the line"}),
        a.tests("work-in-progress-test", 1, public="""assert callable(work_in_progress), pick({"kk": "work_in_progress — функция болуы керек (def work_in_progress(leave, t): ...).", "ru": "work_in_progress должна быть функцией (def work_in_progress(leave, t): ...).", "en": "work_in_progress should be a function (def work_in_progress(leave, t): ...)."})
advise(check_function(work_in_progress, lambda leave, t: 2, inputs=[([[1, 4], [4, 7], [7, 10]], 4)]))""",
                hidden=LAB + """
require(check_function(work_in_progress, _lab.work_in_progress,
                       inputs=[([[1, 4], [4, 7], [7, 10]], t) for t in (0, 1, 4, 7, 9, 10, 11)]
                              + [([[5]], 0), ([[5]], 5), ([[2, 3], [4, 6]], 2), ([[2, 3], [4, 6]], 3)],
                       strategy=_lab.leave_tables(6, 4), max_examples=200))"""),

        a.task(6, 1, "A",
               kk="""`throughput(leave, shift)` функциясын жазыңыз: ол `shift` минуттық ауысымның өткізу қабілетін сағатына
есікпен қайтарсын — соңғы бекеттен ауысым соңына дейін (дәл соңында да) кеткен есіктер саны, 60-қа көбейтіліп,
`shift`-ке бөлінген. Мысалы, `throughput([[1, 4], [4, 7], [7, 10]], 10)` нәтижесі `18.0`.""",
               ru="""Напишите функцию `throughput(leave, shift)`: она возвращает пропускную способность смены длиной `shift` минут
в дверях в час — число дверей, ушедших с последнего поста до конца смены (и ровно в конце), умноженное на 60 и
делённое на `shift`. Например, `throughput([[1, 4], [4, 7], [7, 10]], 10)` даёт `18.0`.""",
               en="""Write the function `throughput(leave, shift)`: it returns the throughput of a shift of `shift` minutes in doors
per hour: the number of doors that left the last station by the end of the shift (at the very end too), times 60,
divided by `shift`. For example, `throughput([[1, 4], [4, 7], [7, 10]], 10)` gives `18.0`."""),
        a.answer("shift-throughput", """def throughput(leave, shift):
    made = 0
    for row in leave:
        if row[-1] <= shift:
            made = made + 1
    return made * 60 / shift""", hint={
            "kk": "def throughput(leave, shift): ... сағатына есікті қайтарыңыз",
            "ru": "def throughput(leave, shift): ... верните двери в час",
            "en": "def throughput(leave, shift): ... return doors per hour"}),
        a.tests("shift-throughput-test", 1, public="""assert callable(throughput), pick({"kk": "throughput — функция болуы керек (def throughput(leave, shift): ...).", "ru": "throughput должна быть функцией (def throughput(leave, shift): ...).", "en": "throughput should be a function (def throughput(leave, shift): ...)."})
advise(check_function(throughput, lambda leave, shift: 18.0, inputs=[([[1, 4], [4, 7], [7, 10]], 10)]))""",
                hidden=LAB + """
require(check_function(throughput, _lab.throughput,
                       inputs=[([[1, 4], [4, 7], [7, 10]], shift) for shift in (1, 4, 7, 9, 10, 60)]
                              + [([[5]], 5), ([[5]], 4), ([[2, 3], [4, 6]], 450)],
                       strategy=_lab.leave_tables(6, 4).map(lambda case: (case[0], case[1] + 1)), max_examples=200))"""),

        a.text(kk="## Б бөлім. Литтл заңы және буферлер", ru="## Часть В. Закон Литтла и буферы",
               en="## Part C. Little's law and the buffers"),
        a.task(7, 1, "B",
               kk="""Бір ай ішінде есік желісінде орта есеппен 6 есік болды, ал желі сағатына 18 есік жасады. Литтл заңы бойынша
есіктің орташа өту уақыты `W` қандай? Оны pint шамасы ретінде беріңіз, мысалы, `W = 5 * ureg.min` түрінде (бұл
жауап емес); сағатпен немесе секундпен берілген жауап та қабылданады. 0,5 % ішіндегі жауап қабылданады.""",
               ru="""За месяц на линии дверей было в среднем 6 дверей, а линия делала 18 дверей в час. Каково по закону Литтла
среднее время прохождения двери `W`? Запишите его как величину pint, в виде, например, `W = 5 * ureg.min` (это не
ответ); часы и секунды тоже принимаются. Ответ в пределах 0,5 % принимается.""",
               en="""Over a month the door line held 6 doors on average and made 18 doors per hour. What is the average lead time
`W` of a door by Little's law? Give it as a pint quantity, in a form such as `W = 5 * ureg.min` (not the answer);
hours and seconds are accepted too. An answer within 0.5 % is accepted."""),
        a.answer("lead-time", f"W = {LITTLE_L} / ({LITTLE_X} / ureg.hour)", hint={
            "kk": "W = ... * ureg.min   (орташа өту уақыты)", "ru": "W = ... * ureg.min   (среднее время прохождения)",
            "en": "W = ... * ureg.min   (the average lead time)"}),
        a.tests("lead-time-test", 1, public="""require(compare(W, "min", mode="dimension"))""",
                hidden="""require(compare(W, "20 min", mode="units", rtol=0.005, rules=[
    rules.wrong_answer("0.33333 min", code="hours-as-minutes", message={
        "kk": "6 / 18 — сағатпен берілген уақыт, минутпен емес: X сағатына есікпен берілген.",
        "ru": "6 / 18 — время в часах, а не в минутах: X дана в дверях в час.",
        "en": "6 / 18 is a time in hours, not in minutes: X is given in doors per hour."}),
    rules.wrong_answer("180 min", code="x-over-l-in-minutes", message={
        "kk": "Литтл заңы: W = L / X, ал X / L емес.",
        "ru": "Закон Литтла: W = L / X, а не X / L.",
        "en": "Little's law: W = L / X, not X / L."})]))"""),

        a.task(8, 2, "C",
               kk="""Бұл тапсырманы үйде орындаңыз. Журналдағы тоқтаулармен 2-сабақтағы есік желісі (цикл уақыттары 2,0, 2,5, 1,8, 2,2 мин) ауысымда кемінде 140
есік жасауы керек, ал буферлердің орындары барлығы 8-ден аспауы керек. Төмендегі зертханада буферлерді таңдап,
**Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап ұяшығына
көшіріңіз.""",
               ru="""Эту задачу выполните дома. С остановками из журнала линия дверей из урока 2 (времена цикла 2,0, 2,5, 1,8, 2,2 мин) должна делать за
смену не меньше 140 дверей, а мест в буферах всего должно быть не больше 8. Выберите буферы в лаборатории ниже,
нажмите **Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую показывает
лаборатория.""",
               en="""Do this task at home. With the log's stoppages, the door line of lesson 2 (cycle times 2.0, 2.5, 1.8, 2.2 min) must make at least 140
doors in a shift, with at most 8 buffer places in all. Choose the buffers in the lab below, press **Check the
design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""make_lab("buffers")"""),
        a.answer("buffer-design", "design = {'b1': 3, 'b2': 2, 'b3': 3}", before="# design = {'b1': ..., 'b2': ..., 'b3': ...}"),
        a.tests("buffer-design-test", 2, public="""assert isinstance(design, dict) and {"b1", "b2", "b3"} <= set(design), pick({"kk": "design = {'b1': ..., 'b2': ..., 'b3': ...} (зертхана көрсететін жол)", "ru": "design = {'b1': ..., 'b2': ..., 'b3': ...} (строка, которую показывает лаборатория)", "en": "design = {'b1': ..., 'b2': ..., 'b3': ...} (the line the lab shows)"})
advise(check_design(design, DESIGN_SPEC, model=design_result))""",
                hidden="""require(check_design(design, DESIGN_SPEC, model=design_result))"""),

        a.task(9, 3, "C", locked_id="buffer-advice-prompt",
               kk="""Бұл тапсырманы да үйде, 8-тапсырмадан кейін орындаңыз. Тоқтауларсыз есік желісі кез келген буфермен ауысымда 177 есік жасайды, ал журналдағы тоқтаулармен буферсіз
112, әр буферде 10 орынмен 144 есік. Түсіндіріңіз: буфер неге тек тоқтаулар болғанда көмектеседі? Буферді тар
орынға қатысты қай жерге қою керек және неге? Әр буферде 10 орын неге жақсы шешім емес: Литтл заңы бойынша
оның құны қандай? Жауапты төмендегі ұяшыққа сөзбен жазыңыз.""",
               ru="""Эту задачу тоже выполните дома, после задачи 8. Без остановок линия дверей с любыми буферами делает за смену 177 дверей, а с остановками из журнала без
буферов — 112, с 10 местами в каждом буфере — 144 двери. Объясните: почему буфер помогает только при остановках?
Где относительно узкого места его ставить и почему? Почему 10 мест в каждом буфере — не лучшее решение: какова его
цена по закону Литтла? Напишите ответ словами в ячейке ниже.""",
               en="""Do this task at home too, after task 8. Without stoppages the door line makes 177 doors in a shift with any buffers, and with the log's stoppages 112
without buffers and 144 with 10 places in each buffer. Explain: why does a buffer help only when there are
stoppages? Where should it go relative to the bottleneck, and why? Why are 10 places in each buffer not a good
answer: what do they cost by Little's law? Write your answer in words in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: тоқтаусыз желіде тар орын әрқашан өз циклімен жұмыс істейді, буфер оны жылдамдатпайды; тоқтау
  болғанда буфер тар орынға есік береді (не одан есік алады), сондықтан тар орын бос тұрмайды және бұғатталмайды.
* 1 ұпай: буфер тар орынның айналасына керек: оған дейінгі буфер оны есіксіз қалдырмайды, одан кейінгі буфер оны
  бұғатталудан қорғайды; тар орынның жоғалған минуты — бүкіл желінің жоғалған минуты.
* 1 ұпай: Литтл заңы L = X · W: өткізу қабілеті аз өскенде аяқталмаған өндіріс көп өседі, сондықтан өту уақыты
  ұзарады; есіктер орын алады, ақау табылса, көп есікті қайта жасау керек.""",
                   "ru": """* 1 балл: без остановок узкое место всегда работает в своём цикле, буфер его не ускоряет; при остановках
  буфер даёт узкому месту дверь (или принимает от него дверь), поэтому узкое место не простаивает и не блокируется.
* 1 балл: буфер нужен вокруг узкого места: буфер перед ним не даёт ему остаться без двери, буфер после него
  защищает его от блокировки; потерянная минута узкого места — потерянная минута всей линии.
* 1 балл: закон Литтла L = X · W: пропускная способность растёт мало, а незавершённое производство — много,
  поэтому время прохождения растёт; двери занимают место, а при найденном дефекте переделывать приходится много
  дверей.""",
                   "en": """* 1 point: without stoppages the bottleneck always works at its own cycle and a buffer cannot make it faster;
  with stoppages a buffer feeds the bottleneck a door (or takes its door), so the bottleneck is neither starved
  nor blocked.
* 1 point: the buffers belong around the bottleneck: a buffer before it keeps it from running out of doors, one
  after it shields it from blocking; a minute the bottleneck loses is a minute the whole line loses.
* 1 point: Little's law L = X · W: the throughput grows a little while the work in progress grows a lot, so the
  lead time grows; the doors take up space, and when a defect is found many doors must be reworked."""}),
        a.written("buffer-advice", 3, """**Model answer (en).** Without stoppages every station keeps its own cycle and the bottleneck, station 2,
works all the time, so doors leave one every 2.5 minutes whatever the buffers: a buffer cannot make the bottleneck
faster. When stations stop, the bottleneck would lose time: it starves when a station before it stops and is blocked
when a station after it stops. A buffer before it holds doors it can take meanwhile, and a buffer after it takes
its finished doors, so it keeps working. The places should therefore go around the bottleneck, because a minute it
loses is lost for the whole line, while a faster station can catch up. Ten places everywhere give only a few doors
more, but by Little's law L = X · W the work in progress more than doubles while the throughput hardly changes, so
each door spends twice as long on the line; the doors take up floor space, and a defect found at the test station
means reworking every door in the buffers.

**Үлгі жауап (kk).** Тоқтауларсыз әр бекет өз циклімен жұмыс істейді, тар орын (2-бекет) үздіксіз жұмыс істейді,
сондықтан кез келген буфермен есіктер 2,5 минут сайын шығады: буфер тар орынды жылдамдата алмайды. Бекеттер
тоқтағанда тар орын уақыт жоғалтар еді: өзіне дейінгі бекет тоқтаса, есік күтеді, өзінен кейінгісі тоқтаса, бұғатталады.
Оған дейінгі буфер есік береді, одан кейінгі буфер оның дайын есіктерін алады, сондықтан ол жұмысын жалғастырады.
Сондықтан орындарды тар орынның айналасына қою керек: оның жоғалтқан минуты бүкіл желі үшін жоғалады, ал жылдам
бекет артта қалғанын қуып жетеді. Әр буферде 10 орын тек бірнеше есік қосады, ал Литтл заңы L = X · W бойынша
өткізу қабілеті аз өзгергенде аяқталмаған өндіріс екі еседен көп өседі, сондықтан әр есік желіде екі есе ұзақ
жүреді; есіктер орын алады, ал тексеру бекетінде ақау табылса, буферлердегі барлық есікті қайта жасау керек.

**Образец ответа (ru).** Без остановок каждый пост работает в своём цикле, а узкое место, пост 2, работает
непрерывно, поэтому с любыми буферами двери выходят каждые 2,5 минуты: буфер не может ускорить узкое место. Когда
посты останавливаются, узкое место теряло бы время: оно ждёт дверь, если остановился пост перед ним, и блокируется,
если остановился пост после него. Буфер перед ним даёт ему двери, буфер после него принимает его готовые двери,
поэтому оно продолжает работать. Значит, места нужно ставить вокруг узкого места: потерянная им минута потеряна
для всей линии, а быстрый пост успевает догнать. 10 мест в каждом буфере дают лишь несколько дверей, а по закону
Литтла L = X · W при почти той же пропускной способности незавершённое производство растёт больше чем вдвое,
значит, каждая дверь проводит на линии вдвое дольше; двери занимают место, а если на посту проверки найдут дефект,
переделывать придётся все двери в буферах."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "line_flow.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
