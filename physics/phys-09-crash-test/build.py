"""Writes phys-09-crash-test's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python physics/phys-09-crash-test/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_phys_09_crash_test.py`` pins every number to the model). Every number a student sees is a
given of the tasks or comes from the lab's model (``curriculum.labs.crash_test``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import sympy as sp

from curriculum import authoring as a
from curriculum.check import fingerprint, rules
from curriculum.metadata import load_module_meta
from curriculum.units import ureg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "phys-09-crash-test"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """from curriculum.i18n import pick
from curriculum.labs import crash_test"""


# -- lesson 1: momentum, the impulse of a force, the time of the impact ----------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Соқтығысу сынағы, 1-сабақ. Дене импульсі және күш импульсі

Жаңа автомобиль сатылмас бұрын **соқтығысу сынағынан** (crash test) өтеді: оны 50 км/сағ жылдамдықпен бетон
тосқауылға соғады, ал салондағы манекендер мен кузовтағы датчиктер соққыны жазып алады. Euro NCAP автомобильді
толық енімен қатты тосқауылға 50 км/сағ жылдамдықпен соғады, ал БҰҰ-ның № 94 қағидасы бойынша автомобиль
алдыңғы бөлігінің 40 %-ымен деформацияланатын тосқауылға 56 км/сағ жылдамдықпен соғылады. Бір автомобильдің
алды мыжылып қалады, екіншісінікі әрең майысады. Жолаушыға қайсысы қауіпсіз? Бұл сабақта соны анықтаймыз.""",
            ru="""# Краш-тест, урок 1. Импульс тела и импульс силы

Прежде чем новый автомобиль поступит в продажу, он проходит **краш-тест** (crash test): его разгоняют до 50 км/ч
и направляют в бетонный барьер, а манекены в салоне и датчики на кузове записывают удар. Euro NCAP направляет
автомобиль всей шириной в жёсткий барьер на 50 км/ч, а по Правилам ООН № 94 автомобиль ударяется 40 % ширины
передка в деформируемый барьер на 56 км/ч. У одного автомобиля передок сминается, у другого едва гнётся. Какой
безопаснее для человека? На этом уроке мы это выясним.""",
            en="""# The crash test, lesson 1. Momentum and the impulse of a force

Before a new car goes on sale, it goes through a **crash test**: it is driven at 50 km/h into a concrete barrier,
and the dummies in the cabin and the sensors on the body record the impact. Euro NCAP drives the car with its full
width into a rigid barrier at 50 km/h, and under UN Regulation No. 94 the car hits a deformable barrier with 40 %
of its front at 56 km/h. One car's front folds up, another's hardly bends. Which one is safer for the people
inside? In this lesson we find out."""),
        a.text(
            kk="""## 1. Дене импульсі

**Дене импульсі** (momentum) — дененің массасы мен жылдамдығының көбейтіндісі: $p = m\\,v$, кг·м/с. Бұл —
векторлық шама, бағыты жылдамдықтың бағытымен бірдей. Массасы 1300 кг седан 50 км/сағ жылдамдықпен қозғалады.
Алдымен жылдамдықты м/с-қа айналдырамыз: $50 / 3{,}6 \\approx 13{,}9$ м/с.

Бағалаңыз: $1300 \\cdot 14 = 18\\,200$, демек импульс шамамен $18\\,000$ кг·м/с.

Тосқауылға соғылған автомобиль тоқтайды: соңғы импульсі нөлге тең. **Импульстің өзгерісі**
$\\Delta p = m v_2 - m v_1 = 0 - m v_1$: оның модулі $m v_1$, ал таңбасы «минус» — импульс азаяды. Автомобиль
қалай тоқтаса да (бірден ме, біртіндеп пе), $\\Delta p$ бірдей.""",
            ru="""## 1. Импульс тела

**Импульс тела** (momentum) — произведение массы тела на его скорость: $p = m\\,v$, кг·м/с. Это векторная
величина, её направление совпадает с направлением скорости. Седан массой 1300 кг едет со скоростью 50 км/ч.
Сначала переведём скорость в м/с: $50 / 3{,}6 \\approx 13{,}9$ м/с.

Оцените: $1300 \\cdot 14 = 18\\,200$, значит, импульс около $18\\,000$ кг·м/с.

Автомобиль, ударившийся о барьер, останавливается: его конечный импульс равен нулю. **Изменение импульса**
$\\Delta p = m v_2 - m v_1 = 0 - m v_1$: его модуль $m v_1$, а знак «минус» — импульс уменьшается. Как бы
автомобиль ни остановился (сразу или постепенно), $\\Delta p$ одно и то же.""",
            en="""## 1. Momentum

A body's **momentum** is its mass times its velocity: $p = m\\,v$, in kg·m/s. It is a vector, pointing the way the
velocity points. A sedan of 1300 kg drives at 50 km/h. First we turn the speed into m/s:
$50 / 3.6 \\approx 13.9$ m/s.

Estimate: $1300 \\cdot 14 = 18\\,200$, so the momentum is about $18\\,000$ kg·m/s.

A car that hits the barrier stops: its final momentum is zero. The **change of momentum** is
$\\Delta p = m v_2 - m v_1 = 0 - m v_1$: its size is $m v_1$ and its sign is minus, the momentum goes down. However
the car stops (at once or gradually), $\\Delta p$ is the same."""),
        a.text(
            kk="""## 2. Күш импульсі

Ньютонның екінші заңы: $F = m a$, ал үдеу $a = (v_2 - v_1)/\\Delta t$. Екі жағын $\\Delta t$-ға көбейтсек, күш
пен оның әсер ету уақытының көбейтіндісі — **күш импульсі** (impulse of a force), Н·с — дене импульсінің
өзгерісіне тең:""",
            ru="""## 2. Импульс силы

Второй закон Ньютона: $F = m a$, а ускорение $a = (v_2 - v_1)/\\Delta t$. Умножив обе части на $\\Delta t$, получим:
произведение силы на время её действия — **импульс силы** (impulse of a force), Н·с — равно изменению импульса
тела:""",
            en="""## 2. The impulse of a force

Newton's second law: $F = m a$, and the acceleration is $a = (v_2 - v_1)/\\Delta t$. Multiplying both sides by
$\\Delta t$: a force times the time it acts, the **impulse of a force**, in N·s, equals the change of the body's
momentum:"""),
        a.formula(r"$$p = m\,v,\qquad F\,\Delta t = \Delta p = m v_2 - m v_1$$"),
        a.text(
            kk="""Мұндағы $F$ — соқтығысу уақытындағы **орташа** күш. $\\Delta p$ тұрақты болғандықтан, соқтығысу уақыты
$\\Delta t$ неғұрлым ұзақ болса, күш $F = \\Delta p / \\Delta t$ соғұрлым аз. Белдікпен бекітілген адам автомобильмен
бірге, сол баяулаумен тоқтайды: автомобильге әсер ететін күш аз болса, адамға әсер ететін күш те, жарақат та аз.""",
            ru="""Здесь $F$ — **средняя** сила за время удара. Так как $\\Delta p$ постоянно, чем дольше время удара $\\Delta t$,
тем меньше сила $F = \\Delta p / \\Delta t$. Пристёгнутый человек останавливается вместе с автомобилем, с тем же
замедлением: чем меньше сила, действующая на автомобиль, тем меньше сила, действующая на человека, и травмы.""",
            en="""Here $F$ is the **average** force during the impact. As $\\Delta p$ is fixed, the longer the time of the impact
$\\Delta t$, the smaller the force $F = \\Delta p / \\Delta t$. The belted people inside stop together with the car, with
its deceleration: the smaller the force on the car, the smaller the force on them and their injuries."""),
        a.example(
            kk="""### 1-мысал

1300 кг седан 50 км/сағ жылдамдықпен тосқауылға соғылып, тоқтайды. Импульстің өзгерісі қанша? Автомобиль 0,1 с
ішінде тоқтаса, тосқауылдың орташа күші қанша? Алды мыжылмайтын қатты автомобиль 0,01 с ішінде тоқтаса ше?

* $v = 50 / 3{,}6 = 13{,}89$ м/с; $p = 1300 \\cdot 50 / 3{,}6 \\approx 18\\,056$ кг·м/с; $\\Delta p = -18\\,056$ кг·м/с.
* 0,1 с: $F = 18\\,056 / 0{,}1 \\approx 181\\,000$ Н $= 181$ кН.
* 0,01 с: $F = 18\\,056 / 0{,}01 \\approx 1\\,806\\,000$ Н $= 1806$ кН — он есе көп.

Келесі ұяшық соны зертхананың моделімен есептейді.""",
            ru="""### Пример 1

Седан 1300 кг ударяется о барьер на 50 км/ч и останавливается. Каково изменение импульса? Какова средняя сила
барьера, если автомобиль останавливается за 0,1 с? А если жёсткий автомобиль, у которого передок не сминается,
останавливается за 0,01 с?

* $v = 50 / 3{,}6 = 13{,}89$ м/с; $p = 1300 \\cdot 50 / 3{,}6 \\approx 18\\,056$ кг·м/с; $\\Delta p = -18\\,056$ кг·м/с.
* 0,1 с: $F = 18\\,056 / 0{,}1 \\approx 181\\,000$ Н $= 181$ кН.
* 0,01 с: $F = 18\\,056 / 0{,}01 \\approx 1\\,806\\,000$ Н $= 1806$ кН — в десять раз больше.

Следующая ячейка считает то же по модели лаборатории.""",
            en="""### Example 1

A 1300 kg sedan hits the barrier at 50 km/h and stops. What is the change of momentum? What is the barrier's
average force if the car stops within 0.1 s? And if a rigid car whose front does not fold stops within 0.01 s?

* $v = 50 / 3.6 = 13.89$ m/s; $p = 1300 \\cdot 50 / 3.6 \\approx 18\\,056$ kg·m/s; $\\Delta p = -18\\,056$ kg·m/s.
* 0.1 s: $F = 18\\,056 / 0.1 \\approx 181\\,000$ N $= 181$ kN.
* 0.01 s: $F = 18\\,056 / 0.01 \\approx 1\\,806\\,000$ N $= 1806$ kN, ten times as much.

The next cell computes the same with the lab's model."""),
        a.code("""v = crash_test.speed_ms(50)
p = crash_test.momentum(1300, v)
print(round(v, 2), round(p))
for dt in (0.1, 0.01):
    print(dt, round(p / dt))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Асқар былай дейді: «Деформация аймағы автомобиль импульсінің өзгерісін азайтады, сондықтан ол қорғайды».
Төмендегі ұяшық екі автомобильді салыстырады: біреуі 0,1 с-та, екіншісі 0,01 с-та тоқтайды. Күш импульсі
$F\\,\\Delta t$ екеуінде де бірдей — $18\\,056$ Н·с, яғни $\\Delta p$ өзгермейді. Деформация аймағы $\\Delta p$-ны емес,
соқтығысу уақытын ұзартып, күшті азайтады.""",
            ru="""### Верно ли?

Аскар говорит: «Зона деформации уменьшает изменение импульса автомобиля, поэтому она защищает». Ячейка ниже
сравнивает два автомобиля: один останавливается за 0,1 с, другой за 0,01 с. Импульс силы $F\\,\\Delta t$ у обоих
одинаковый — $18\\,056$ Н·с, то есть $\\Delta p$ не меняется. Зона деформации уменьшает не $\\Delta p$, а силу: она
удлиняет время удара.""",
            en="""### Is it true?

Askar says: "The crumple zone makes the car's change of momentum smaller, that is why it protects." The cell
below compares two cars: one stops within 0.1 s, the other within 0.01 s. The impulse of the force $F\\,\\Delta t$
is the same for both, $18\\,056$ N·s, so $\\Delta p$ does not change. The crumple zone makes not $\\Delta p$ smaller
but the force: it makes the impact last longer."""),
        a.code("""for dt in (0.1, 0.01):
    F = p / dt
    print(dt, round(F), round(crash_test.impulse(F, dt)))""", role="misconception"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертханада — сынақ залы бүйірінен: көк жолаушылар салоны, сары басы бар манекен, алдыңғы қызғылт сары
**деформация аймағы** (crumple zone) және сұр тосқауыл. Оң жақта тосқауыл күшінің уақытқа тәуелділігі: тікбұрыш,
оның ауданы — $F\\,\\Delta t = \\Delta p$. 1300 кг седан, 50 км/сағ, деформация аймағы 0,6 м. ▶ батырмасын баспас
бұрын жауап беріңіз: аймақты 0,3 м-ге дейін қысқартсаңыз, тікбұрыштың биіктігі (күш) мен ені (уақыт) қалай
өзгереді? Ал ауданы ше? Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

В лаборатории — испытательный зал сбоку: синий салон, манекен с жёлтой головой, оранжевая **зона деформации**
(crumple zone) спереди и серый барьер. Справа — сила барьера в зависимости от времени: прямоугольник, его
площадь — $F\\,\\Delta t = \\Delta p$. Седан 1300 кг, 50 км/ч, зона деформации 0,6 м. Прежде чем нажать ▶,
ответьте: если укоротить зону до 0,3 м, как изменятся высота прямоугольника (сила) и его ширина (время)? А его
площадь? Запишите предсказание в тетрадь.""",
            en="""### Predict first

In the lab: the test hall from the side, the blue passenger cell, a dummy with a yellow head, the orange **crumple
zone** at the front and the grey barrier. On the right, the barrier's force against time: a rectangle whose area is
$F\\,\\Delta t = \\Delta p$. A 1300 kg sedan, 50 km/h, a crumple zone of 0.6 m. Before you press ▶, answer: if you
shorten the zone to 0.3 m, how do the rectangle's height (the force) and width (the time) change? And its area?
Write your prediction down."""),
        a.lab("""lab = crash_test.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. ▶ батырмасын басыңыз: автомобиль тосқауылға тиген сәттен бастап уақыт өтеді, деформация аймағы мыжылады,
   жылдамдық бағыршасы қысқарады. Автомобиль неше миллисекундта тоқтады?
2. Деформация аймағын 0,3 м етіңіз. Күш, уақыт және тікбұрыштың ауданы қалай өзгерді? Болжамыңыз расталды ма?
3. Массаны екі есе арттырыңыз. Импульс пен күш қалай өзгерді?
4. Жылдамдықты 56 км/сағ етіңіз (БҰҰ-ның № 94 қағидасының жылдамдығы). Импульс неше есе артты? (Седан мен оның
   сандары ойдан алынған, бірақ шынайыға ұқсас; модельдегі тосқауыл — толық енді қатты тосқауыл.)""",
            ru="""### Исследуйте

1. Нажмите ▶: время идёт с момента касания барьера, зона деформации сминается, стрелка скорости укорачивается.
   За сколько миллисекунд автомобиль остановился?
2. Сделайте зону деформации 0,3 м. Как изменились сила, время и площадь прямоугольника? Подтвердилось ли
   предсказание?
3. Увеличьте массу вдвое. Как изменились импульс и сила?
4. Поставьте скорость 56 км/ч (скорость Правил ООН № 94). Во сколько раз вырос импульс? (Седан и его числа
   придуманы для задачи, но похожи на настоящие; барьер модели — жёсткий, на всю ширину.)""",
            en="""### Explore

1. Press ▶: the time runs from the first touch of the barrier, the crumple zone folds, the speed arrow gets shorter.
   How many milliseconds did the car take to stop?
2. Make the crumple zone 0.3 m. How did the force, the time and the rectangle's area change? Was your prediction
   right?
3. Double the mass. How did the momentum and the force change?
4. Set the speed to 56 km/h (UN Regulation No. 94's speed). How many times did the momentum grow? (The sedan and
   its numbers are made up for the task, but they are like real ones; the model's barrier is rigid and full-width.)"""),
        a.summary(
            kk="""## Қорытынды

* **Соқтығысу сынағы** автомобильдің жолаушыларды соққыда қалай қорғайтынын тексереді (Euro NCAP — 50 км/сағ,
  БҰҰ-ның № 94 қағидасы — 56 км/сағ).
* **Дене импульсі** $p = mv$ (кг·м/с); тоқтаған автомобиль үшін $\\Delta p = 0 - mv$, ол тоқтау тәсіліне тәуелді
  емес.
* **Күш импульсі** $F\\Delta t = \\Delta p$ (Н·с = кг·м/с): сол $\\Delta p$ ұзағырақ уақытта кішірек күшпен өзгереді.
* **Деформация аймағы** мыжылып, соқтығысу уақытын ұзартады, сондықтан күш азаяды.""",
            ru="""## Итоги

* **Краш-тест** проверяет, как автомобиль защищает людей при ударе (Euro NCAP — 50 км/ч, Правила ООН № 94 —
  56 км/ч).
* **Импульс тела** $p = mv$ (кг·м/с); у остановившегося автомобиля $\\Delta p = 0 - mv$, и оно не зависит от того,
  как он остановился.
* **Импульс силы** $F\\Delta t = \\Delta p$ (Н·с = кг·м/с): то же $\\Delta p$ за большее время — меньшей силой.
* **Зона деформации** сминается и удлиняет время удара, поэтому сила меньше.""",
            en="""## Summary

* A **crash test** checks how a car protects the people inside in an impact (Euro NCAP: 50 km/h, UN Regulation
  No. 94: 56 km/h).
* **Momentum** is $p = mv$ (kg·m/s); for a car that stops, $\\Delta p = 0 - mv$, whatever way it stops.
* The **impulse of a force** is $F\\Delta t = \\Delta p$ (N·s = kg·m/s): the same $\\Delta p$ over a longer time takes a
  smaller force.
* The **crumple zone** folds and makes the impact last longer, so the force is smaller."""),
        a.reflection(
            kk="""## Рефлексия

1. Неге жұмсақ құмға секіру бетонға секіргеннен қауіпсіз? $F\\Delta t = \\Delta p$ арқылы екі сөйлеммен түсіндіріңіз.
2. Асқарға не айтар едіңіз?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Почему прыгать на мягкий песок безопаснее, чем на бетон? Объясните через $F\\Delta t = \\Delta p$ в двух
   предложениях.
2. Что бы вы сказали Аскару?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Why is jumping onto soft sand safer than onto concrete? Explain with $F\\Delta t = \\Delta p$ in two sentences.
2. What would you tell Askar?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- lesson 2: kinetic energy, the crumple zone, the deceleration in g ------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Соқтығысу сынағы, 2-сабақ. Кинетикалық энергия және деформация аймағы

Өткен сабақта соқтығысу уақыты ұзақ болса, күш аз болатынын көрдік. Бірақ конструктор уақытты емес, кузовтың
алдыңғы бөлігінің ұзындығын таңдайды. Деформация аймағы қандай ұзын болуы керек? Инженерлер баяулауды $g$
бірлігімен айтады: «орташа баяулау 20 g-дан аспасын». Бұл сабақта деформация аймағының ұзындығынан баяулауды,
уақытты және күшті есептеп, аймақты жобалаймыз.""",
            ru="""# Краш-тест, урок 2. Кинетическая энергия и зона деформации

На прошлом уроке мы увидели: чем дольше удар, тем меньше сила. Но конструктор выбирает не время, а длину передка
кузова. Какой длины должна быть зона деформации? Инженеры говорят о замедлении в единицах $g$: «среднее
замедление не больше 20 g». На этом уроке по длине зоны деформации вычислим замедление, время и силу и
спроектируем зону.""",
            en="""# The crash test, lesson 2. Kinetic energy and the crumple zone

Last lesson we saw: the longer the impact, the smaller the force. But a designer chooses not a time but the length
of the body's front. How long should the crumple zone be? Engineers speak of the deceleration in units of $g$: "the
average deceleration at most 20 g". In this lesson we compute the deceleration, the time and the force from the
crumple zone's length, and design the zone."""),
        a.text(
            kk="""## 3. Кинетикалық энергия және деформация аймағының жұмысы

Қозғалыстағы автомобильдің **кинетикалық энергиясы** (kinetic energy) $E_k = m v^2 / 2$. Соқтығысуда ол деформация
аймағының жұмысына айналады: тосқауылдың орташа күші $F$ аймақ мыжылатын $s$ жолда $F\\,s$ жұмыс атқарады, ол
кинетикалық энергияға тең. Осыдан $F = E_k / s$: аймақ ұзын болса, күш аз.

**Модельдің оңайлатылуы.** Аймақ мыжылғанда баяулау тұрақты деп аламыз. Сонда автомобиль $v$-дан 0-ге дейін
бірқалыпты кемімелі қозғалады (тежеу жолындағыдай $v^2 = 2 a s$), орташа жылдамдығы $v/2$, ал соқтығысу уақыты
$\\Delta t = s / (v/2) = 2s/v$. Шын сынақта баяулау алдымен өсіп, сосын кемиді (датчиктер оның уақытқа тәуелділігін
жазады), оның ең үлкен мәні орташадан жоғары: үшбұрыш пішінді қисықта — екі есе. Модельдегі тосқауыл толық енді және қатты,
автомобиль кері серпілмейді.""",
            ru="""## 3. Кинетическая энергия и работа зоны деформации

**Кинетическая энергия** (kinetic energy) движущегося автомобиля $E_k = m v^2 / 2$. При ударе она уходит на работу
зоны деформации: средняя сила барьера $F$ на пути $s$, на котором сминается зона, совершает работу $F\\,s$, равную
кинетической энергии. Отсюда $F = E_k / s$: чем длиннее зона, тем меньше сила.

**Упрощение модели.** Считаем, что пока зона сминается, замедление постоянно. Тогда автомобиль движется
равнозамедленно от $v$ до 0 (как на тормозном пути, $v^2 = 2 a s$), его средняя скорость $v/2$, а время удара
$\\Delta t = s / (v/2) = 2s/v$. В настоящем испытании замедление сначала растёт, потом падает (датчики записывают его
зависимость от времени), и его наибольшее значение выше среднего: у кривой в форме треугольника — вдвое. Барьер модели жёсткий, на
всю ширину, автомобиль не отскакивает.""",
            en="""## 3. Kinetic energy and the crumple zone's work

A moving car's **kinetic energy** is $E_k = m v^2 / 2$. In the impact it goes into the crumple zone's work: the
barrier's average force $F$ over the distance $s$ the zone folds does the work $F\\,s$, equal to the kinetic energy.
So $F = E_k / s$: the longer the zone, the smaller the force.

**The model's simplification.** We take the deceleration as constant while the zone folds. Then the car slows
uniformly from $v$ to 0 (as over a braking distance, $v^2 = 2 a s$), its average speed is $v/2$, and the time of
the impact is $\\Delta t = s / (v/2) = 2s/v$. In a real test the deceleration first rises, then falls (the crash
pulse), and its peak is higher than the average: twice it for a pulse shaped as a triangle. The model's barrier is
rigid and full-width, and the car does not bounce back."""),
        a.formula(r"$$E_k = \frac{m v^2}{2},\qquad F\,s = \frac{m v^2}{2},\qquad a = \frac{v^2}{2 s},\qquad "
                  r"\Delta t = \frac{2 s}{v},\qquad \frac{a}{g}$$"),
        a.text(
            kk="""Баяулауды $g = 9{,}81$ м/с² бірлігімен айтады: $a/g$ — баяулау еркін түсу үдеуінен неше есе көп. 20 g
баяулауда белдікпен бекітілген адамды оның салмағынан 20 есе көп күш тоқтатады.""",
            ru="""Замедление выражают в единицах $g = 9{,}81$ м/с²: $a/g$ показывает, во сколько раз замедление больше
ускорения свободного падения. При замедлении 20 g пристёгнутого человека останавливает сила в 20 раз больше его
веса.""",
            en="""The deceleration is given in units of $g = 9.81$ m/s²: $a/g$ says how many times the deceleration is the
free-fall acceleration. At 20 g a belted person is stopped by a force 20 times their weight."""),
        a.example(
            kk="""### 2-мысал

1300 кг седан 50 км/сағ жылдамдықпен тосқауылға соғылады, деформация аймағы 0,6 м. Кинетикалық энергияны,
орташа баяулауды ($g$ бірлігімен де), соқтығысу уақытын және орташа күшті табыңыз.

* $v = 13{,}89$ м/с, $v^2 = 192{,}9$ м²/с².
* $E_k = 1300 \\cdot 192{,}9 / 2 \\approx 125\\,400$ Дж $= 125{,}4$ кДж.
* $a = 192{,}9 / (2 \\cdot 0{,}6) \\approx 160{,}8$ м/с², $a/g = 160{,}8 / 9{,}81 \\approx 16{,}4$ g.
* $\\Delta t = 2 \\cdot 0{,}6 / 13{,}89 \\approx 0{,}0864$ с $= 86{,}4$ мс.
* $F = E_k / s = 125\\,400 / 0{,}6 \\approx 209\\,000$ Н $= 209$ кН; тексеру: $\\Delta p / \\Delta t = 18\\,056 / 0{,}0864
  \\approx 209$ кН.

Шын соққыда баяулаудың ең үлкен мәні орташадан жоғары: үшбұрыш пішінді қисықта $2 \\cdot 16{,}4 = 32{,}8$ g.""",
            ru="""### Пример 2

Седан 1300 кг ударяется о барьер на 50 км/ч, зона деформации 0,6 м. Найдите кинетическую энергию, среднее
замедление (и в единицах $g$), время удара и среднюю силу.

* $v = 13{,}89$ м/с, $v^2 = 192{,}9$ м²/с².
* $E_k = 1300 \\cdot 192{,}9 / 2 \\approx 125\\,400$ Дж $= 125{,}4$ кДж.
* $a = 192{,}9 / (2 \\cdot 0{,}6) \\approx 160{,}8$ м/с², $a/g = 160{,}8 / 9{,}81 \\approx 16{,}4$ g.
* $\\Delta t = 2 \\cdot 0{,}6 / 13{,}89 \\approx 0{,}0864$ с $= 86{,}4$ мс.
* $F = E_k / s = 125\\,400 / 0{,}6 \\approx 209\\,000$ Н $= 209$ кН; проверка: $\\Delta p / \\Delta t = 18\\,056 / 0{,}0864
  \\approx 209$ кН.

В настоящем ударе наибольшее замедление выше среднего: у кривой в форме треугольника $2 \\cdot 16{,}4 = 32{,}8$ g.""",
            en="""### Example 2

A 1300 kg sedan hits the barrier at 50 km/h; its crumple zone is 0.6 m. Find the kinetic energy, the average
deceleration (in $g$ too), the time of the impact and the average force.

* $v = 13.89$ m/s, $v^2 = 192.9$ m²/s².
* $E_k = 1300 \\cdot 192.9 / 2 \\approx 125\\,400$ J $= 125.4$ kJ.
* $a = 192.9 / (2 \\cdot 0.6) \\approx 160.8$ m/s², $a/g = 160.8 / 9.81 \\approx 16.4$ g.
* $\\Delta t = 2 \\cdot 0.6 / 13.89 \\approx 0.0864$ s $= 86.4$ ms.
* $F = E_k / s = 125\\,400 / 0.6 \\approx 209\\,000$ N $= 209$ kN; check: $\\Delta p / \\Delta t = 18\\,056 / 0.0864
  \\approx 209$ kN.

In a real impact the peak deceleration is higher than the average: for a triangle-shaped pulse
$2 \\cdot 16.4 = 32.8$ g."""),
        a.code("""v = crash_test.speed_ms(50)
print(round(crash_test.kinetic_energy(1300, v)), round(crash_test.deceleration(v, 0.6), 1))
print(round(crash_test.deceleration_g(v, 0.6), 1), round(crash_test.crash_time(v, 0.6) * 1000, 1))
print(round(crash_test.average_force(1300, v, 0.6)))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Дана былай дейді: «Жылдамдық екі есе артса, баяулау да екі есе артады». Төмендегі ұяшық сол седанды 0,6 м аймақпен
50 және 100 км/сағ жылдамдықта салыстырады: баяулау $v^2$-қа пропорционал, сондықтан ол төрт есе артады — 16,4 g-дан
65,5 g-ға дейін. Кинетикалық энергия да төрт есе артады, ал импульс тек екі есе.""",
            ru="""### Верно ли?

Дана говорит: «Если скорость вдвое больше, то и замедление вдвое больше». Ячейка ниже сравнивает тот же седан с
зоной 0,6 м на 50 и на 100 км/ч: замедление пропорционально $v^2$, поэтому оно растёт вчетверо — с 16,4 g до
65,5 g. Кинетическая энергия тоже растёт вчетверо, а импульс — только вдвое.""",
            en="""### Is it true?

Dana says: "Twice the speed, twice the deceleration." The cell below compares the same sedan with its 0.6 m zone at
50 and at 100 km/h: the deceleration is proportional to $v^2$, so it grows four times, from 16.4 g to 65.5 g. The
kinetic energy grows four times too, and the momentum only twice."""),
        a.code("""for speed in (50, 100):
    r = crash_test.crash(1300, speed, 0.6)
    print(speed, round(r["a_g"], 1), round(r["Ek"]), round(r["p"]))""", role="misconception"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Жоба: зауыттың 1500 кг кроссоверін 56 км/сағ жылдамдықпен сынайды. Орташа баяулау 20 g-дан аспауы керек, ал
кузовтың алдыңғы бөлігінде деформация аймағына 0,7 м-ден артық орын жоқ (қалғанын қозғалтқыш пен салон алады).
Зертханада таңдамас бұрын бағалаңыз: $v = 56/3{,}6 \\approx 15{,}6$ м/с, $v^2 \\approx 242$, демек
$s \\ge 242 / (2 \\cdot 20 \\cdot 9{,}81) \\approx 0{,}617$ м. Жүгірткінің 0,05 м қадамында қай ұзындықтар жарайды?
(Кроссовер мен шектер ойдан алынған, бірақ шынайыға ұқсас.)""",
            ru="""### Сначала оцените

Проект: кроссовер завода массой 1500 кг испытывают на 56 км/ч. Среднее замедление должно быть не больше 20 g, а в
передке кузова для зоны деформации не больше 0,7 м (остальное занимают двигатель и салон). Прежде чем выбирать в
лаборатории, оцените: $v = 56/3{,}6 \\approx 15{,}6$ м/с, $v^2 \\approx 242$, значит,
$s \\ge 242 / (2 \\cdot 20 \\cdot 9{,}81) \\approx 0{,}617$ м. Какие длины подходят при шаге ползунка 0,05 м?
(Кроссовер и пределы придуманы для задачи, но похожи на настоящие.)""",
            en="""### Estimate first

The project: the plant's 1500 kg crossover is tested at 56 km/h. The average deceleration must be at most 20 g, and
the front of the body leaves at most 0.7 m for the crumple zone (the engine and the cabin take the rest). Before you
choose in the lab, estimate: $v = 56/3.6 \\approx 15.6$ m/s, $v^2 \\approx 242$, so
$s \\ge 242 / (2 \\cdot 20 \\cdot 9.81) \\approx 0.617$ m. Which lengths will do on the slider's 0.05 m steps? (The
crossover and the limits are made up for the task, but they are like real ones.)"""),
        a.design_lab("""design_lab = crash_test.make_lab("crumple")
design_lab"""),
        a.text(
            kk="""Деформация аймағының ұзындығын екі талап та орындалатындай таңдап, **Жобаны тексеру** батырмасын басыңыз.
▶ батырмасымен соққыны көріңіз. Бағалауыңыз расталды ма? Неге ең қысқа жарамды аймақ тиімді (автомобильдің
ұзындығы, массасы, бағасы)? Неге жолаушылар салоны мыжылмауы керек?""",
            ru="""Подберите длину зоны деформации так, чтобы выполнялись оба требования, и нажмите **Проверить проект**.
Посмотрите удар кнопкой ▶. Подтвердилась ли оценка? Почему выгодна самая короткая подходящая зона (длина
автомобиля, его масса, цена)? Почему салон не должен сминаться?""",
            en="""Choose the crumple zone's length so that both requirements hold, and press **Check the design**. Watch the
impact with ▶. Was your estimate right? Why is the shortest zone that will do the best one (the car's length, its
mass, its price)? Why must the passenger cell not fold?"""),
        a.summary(
            kk="""## Қорытынды

* **Кинетикалық энергия** $E_k = mv^2/2$; соқтығысуда ол деформация аймағының жұмысына айналады: $Fs = E_k$.
* **Деформация аймағы** ұзын болса, орташа күш $F = mv^2/(2s)$ аз, соқтығысу уақыты $\\Delta t = 2s/v$ ұзақ, ал
  **дене импульсінің** өзгерісі мен **күш импульсі** $F\\Delta t = \\Delta p$ өзгермейді.
* Тұрақты **баяулау** моделі: $a = v^2/(2s)$, $g$ бірлігімен $a/g$; шын соққыда ең үлкен баяулау орташадан жоғары.
* **Соқтығысу сынағының** жылдамдығы екі есе артса, сол деформация аймағында баяулау төрт есе артады.""",
            ru="""## Итоги

* **Кинетическая энергия** $E_k = mv^2/2$; при ударе она уходит на работу зоны деформации: $Fs = E_k$.
* Чем длиннее **зона деформации**, тем меньше средняя сила $F = mv^2/(2s)$ и дольше удар $\\Delta t = 2s/v$, а
  изменение **импульса тела** и **импульс силы** $F\\Delta t = \\Delta p$ не меняются.
* Модель постоянного **замедления**: $a = v^2/(2s)$, в единицах $g$ — $a/g$; в настоящем ударе наибольшее замедление
  выше среднего.
* Скорость **краш-теста** вдвое больше — при той же зоне деформации замедление вчетверо больше.""",
            en="""## Summary

* **Kinetic energy** is $E_k = mv^2/2$; in an impact it goes into the crumple zone's work: $Fs = E_k$.
* The longer the **crumple zone**, the smaller the average force $F = mv^2/(2s)$ and the longer the impact
  $\\Delta t = 2s/v$, while the change of **momentum** and the **impulse of a force** $F\\Delta t = \\Delta p$ stay.
* The model of constant **deceleration**: $a = v^2/(2s)$, in units of $g$ it is $a/g$; in a real impact the peak
  deceleration is higher than the average.
* Twice the speed of a **crash test** means four times the deceleration with the same crumple zone."""),
        a.reflection(
            kk="""## Рефлексия

1. Неге деформация аймағын шексіз ұзын жасауға болмайды? Екі себеп атаңыз.
2. Модельдің қай оңайлатуы шын соққыдан ең көп айырмашылық береді деп ойлайсыз?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Почему зону деформации нельзя сделать сколь угодно длинной? Назовите две причины.
2. Какое упрощение модели, по-вашему, сильнее всего отличает её от настоящего удара?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Why can the crumple zone not be made as long as we like? Name two reasons.
2. Which simplification of the model, do you think, makes it differ most from a real impact?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import crash_test

# [kk] еркін түсу үдеуі, м/с²
# [ru] ускорение свободного падения, м/с²
# [en] the free-fall acceleration, m/s²
G = 9.81
# [kk] формулалардың әріптері; оларға сан бермеңіз
# [ru] буквы формул; не присваивайте им чисел
# [en] the letters of the formulas; do not give them numbers
m, v, s = sp.symbols("m v s", positive=True)"""

KGMS = "ureg.kilogram * ureg.meter / ureg.second"


def _mistakes() -> dict[str, object]:
    """The anticipated mistakes whose messages both the self-checks and the hidden checks give."""
    m, v, s = sp.symbols("m v s", positive=True)
    kgms = ureg.kilogram * ureg.meter / ureg.second
    return {
        "dp-kmh": rules.wrong_answer(1500 * 56 * kgms, code="speed-not-converted", message={
            "kk": "Жылдамдық км/сағ-пен алынған: алдымен м/с-қа айналдырыңыз (56 / 3,6).",
            "ru": "Скорость взята в км/ч: сначала переведите её в м/с (56 / 3,6).",
            "en": "The speed was taken in km/h: turn it into m/s first (56 / 3.6)."}),
        "dp-rebound": rules.wrong_answer(2 * 1500 * 56 / 3.6 * kgms, code="rebound", message={
            "kk": "Бұл сынақта автомобиль кері серпілмейді, тоқтайды: Δp = 0 − mv.",
            "ru": "В этом испытании автомобиль не отскакивает, а останавливается: Δp = 0 − mv.",
            "en": "In this test the car does not bounce back, it stops: Δp = 0 − mv."}),
        "ek-half": rules.wrong_answer(1500 * (56 / 3.6) ** 2 * ureg.joule, code="half-forgotten", message={
            "kk": "Кинетикалық энергия E = mv²/2: екіге бөлу ұмытылған.",
            "ru": "Кинетическая энергия E = mv²/2: забыто деление на два.",
            "en": "The kinetic energy is E = mv²/2: the division by two was left out."}),
        "ek-kmh": rules.wrong_answer(1500 * 56 ** 2 / 2 * ureg.joule, code="speed-not-converted", message={
            "kk": "Жылдамдық км/сағ-пен алынған: джоуль үшін м/с керек (56 / 3,6).",
            "ru": "Скорость взята в км/ч: для джоулей нужны м/с (56 / 3,6).",
            "en": "The speed was taken in km/h: joules need m/s (56 / 3.6)."}),
        "f-no-half": rules.wrong_answer(m * v ** 2 / s, code="half-forgotten", message={
            "kk": "Fs = mv²/2: кинетикалық энергиядағы екіге бөлу ұмытылған.",
            "ru": "Fs = mv²/2: забыто деление на два в кинетической энергии.",
            "en": "Fs = mv²/2: the division by two of the kinetic energy was left out."}),
        "f-momentum": rules.wrong_answer(m * v / s, code="momentum-for-energy", message={
            "kk": "mv/s — күш емес: жол бойындағы күштің жұмысы кинетикалық энергияға тең, Fs = mv²/2.",
            "ru": "mv/s — не сила: работа силы на пути равна кинетической энергии, Fs = mv²/2.",
            "en": "mv/s is not a force: the force's work over the distance equals the kinetic energy, Fs = mv²/2."}),
        "t-full-speed": rules.wrong_answer(0.6 / (56 / 3.6) * ureg.second, code="average-speed", message={
            "kk": "Автомобиль бүкіл жолды v жылдамдықпен жүрмейді: ол баяулайды, орташа жылдамдығы v/2, Δt = 2s/v.",
            "ru": "Автомобиль проходит путь не со скоростью v: он замедляется, его средняя скорость v/2, Δt = 2s/v.",
            "en": "The car does not cover the distance at v: it slows down, its average speed is v/2, Δt = 2s/v."}),
        "t-kmh": rules.wrong_answer(2 * 0.6 / 56 * ureg.second, code="speed-not-converted", message={
            "kk": "Жылдамдық км/сағ-пен алынған: секунд үшін м/с керек (56 / 3,6).",
            "ru": "Скорость взята в км/ч: для секунд нужны м/с (56 / 3,6).",
            "en": "The speed was taken in km/h: seconds need m/s (56 / 3.6)."}),
        "f-half-time": rules.wrong_answer(1500 * (56 / 3.6) ** 2 / 0.6 * ureg.newton, code="average-speed", message={
            "kk": "Уақыт s/v деп алынған: орташа жылдамдық v/2, сондықтан Δt = 2s/v, ал күш екі есе аз.",
            "ru": "Время взято как s/v: средняя скорость v/2, поэтому Δt = 2s/v, а сила вдвое меньше.",
            "en": "The time was taken as s/v: the average speed is v/2, so Δt = 2s/v and the force is half that."}),
        "f-weight": rules.wrong_answer(1500 * 9.81 * ureg.newton, code="weight-for-force", message={
            "kk": "Бұл — автомобильдің салмағы mg, ал тосқауылдың күші F = Δp/Δt.",
            "ru": "Это вес автомобиля mg, а сила барьера F = Δp/Δt.",
            "en": "That is the car's weight mg; the barrier's force is F = Δp/Δt."}),
    }


RULE_ANSWERS = {"dp-kmh": f"1500 * 56 * {KGMS}", "dp-rebound": f"2 * 1500 * 56 / 3.6 * {KGMS}",
                "ek-half": "1500 * (56 / 3.6)**2 * ureg.joule", "ek-kmh": "1500 * 56**2 / 2 * ureg.joule",
                "f-no-half": "m * v**2 / s", "f-momentum": "m * v / s",
                "t-full-speed": "0.6 / (56 / 3.6) * ureg.second", "t-kmh": "2 * 0.6 / 56 * ureg.second",
                "f-half-time": "1500 * (56 / 3.6)**2 / 0.6 * ureg.newton", "f-weight": "1500 * 9.81 * ureg.newton"}


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    m, v, s = sp.symbols("m v s", positive=True)
    k = _mistakes()
    v56 = 56 / 3.6
    return {
        "dp": fingerprint(1500 * v56 * ureg.kilogram * ureg.meter / ureg.second, rtol=0.01,
                          mistakes=[k["dp-kmh"], k["dp-rebound"]], salt=salt("dp")),
        "E_kin": fingerprint(1500 * v56 ** 2 / 2 * ureg.joule, rtol=0.01, mistakes=[k["ek-half"], k["ek-kmh"]],
                             salt=salt("E_kin")),
        "F_expr": fingerprint(m * v ** 2 / (2 * s), mistakes=[k["f-no-half"], k["f-momentum"]], salt=salt("F_expr")),
        "t_crash": fingerprint(2 * 0.6 / v56 * ureg.second, rtol=0.01, mistakes=[k["t-full-speed"], k["t-kmh"]],
                               salt=salt("t_crash")),
        "F_avg": fingerprint(1500 * v56 ** 2 / 1.2 * ureg.newton, rtol=0.01,
                             mistakes=[k["f-half-time"], k["f-weight"]], salt=salt("F_avg")),
    }


def _rule_source(name: str) -> str:
    """The hidden block's code for one anticipated mistake (the same message as the self-check's)."""
    rule = _mistakes()[name]
    message = rule.message  # type: ignore[attr-defined]
    score = f", score={rule.score}" if rule.score else ""  # type: ignore[attr-defined]
    return (f"rules.wrong_answer({RULE_ANSWERS[name]}, code={rule.code!r}{score}, message={{\n"  # type: ignore[attr-defined]
            f"        \"kk\": {message['kk']!r},\n        \"ru\": {message['ru']!r},\n        \"en\": {message['en']!r}}})")


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Соқтығысу сынағы: импульс, энергия және деформация аймағы

Зауыт жаңа кроссоверді соқтығысу сынағына дайындайды: оның сынақ массасы 1500 кг, ол қатты тосқауылға
56 км/сағ жылдамдықпен соғылады, ал деформация аймағы 0,6 м (кроссовер мен оның сандары ойдан алынған, бірақ
шынайыға ұқсас; баяулауды тұрақты деп аламыз, автомобиль кері серпілмейді). Бұл тапсырмада сіз импульстің
өзгерісін және кинетикалық энергияны табасыз, орташа күштің формуласын жазасыз, соқтығысу уақыты мен орташа күшті
есептейсіз, ең қысқа деформация аймағын есептейтін функция жазасыз, зертханада аймақты жобалайсыз және ұзын
аймақтың неге қорғайтынын түсіндіресіз. Уақыты — 45 минут.""",
            ru="""# Краш-тест: импульс, энергия и зона деформации

Завод готовит новый кроссовер к краш-тесту: его испытательная масса 1500 кг, он ударяется о жёсткий барьер на
56 км/ч, а зона деформации 0,6 м (кроссовер и его числа придуманы для задачи, но похожи на настоящие; замедление
считаем постоянным, автомобиль не отскакивает). В этом задании вы найдёте изменение импульса и кинетическую
энергию, запишете формулу средней силы, вычислите время удара и среднюю силу, напишете функцию самой короткой зоны
деформации, спроектируете зону в лаборатории и объясните, почему длинная зона защищает. Время — 45 минут.""",
            en="""# The crash test: momentum, energy and the crumple zone

The plant prepares a new crossover for its crash test: its test mass is 1500 kg, it hits a rigid barrier at
56 km/h, and its crumple zone is 0.6 m (the crossover and its numbers are made up for the task, but they are like
real ones; we take the deceleration as constant, and the car does not bounce back). In this assignment you find the
change of momentum and the kinetic energy, write the formula of the average force, compute the time of the impact
and the average force, write a function for the shortest crumple zone, design the zone in the lab, and explain why
a longer zone protects. Time: 45 minutes."""),
        a.formula(r"$$p = m\,v,\qquad F\,\Delta t = \Delta p,\qquad E_k = \frac{m v^2}{2},\qquad "
                  r"F\,s = E_k,\qquad \Delta t = \frac{2 s}{v}$$"),
        a.text(
            kk="""Белгілеулер: $m$ — масса (кг), $v$ — соққы алдындағы жылдамдық (м/с; 1 км/сағ = 1/3,6 м/с), $s$ — деформация
аймағының ұзындығы (м), $F$ — тосқауылдың орташа күші (Н), $\\Delta t$ — соқтығысу уақыты (с), $g = 9{,}81$ м/с²
(бірінші код ұяшығындағы `G`).

**Жауапты қалай жазу керек.** Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `5 * ureg.joule`,
`3 * ureg.kilojoule`, `2 * ureg.newton`, `7 * ureg.kilonewton`, `4 * ureg.second`, `6 * ureg.millisecond`,
`8 * ureg.kilogram * ureg.meter / ureg.second`. Бірінші код ұяшығындағы `m, v, s` әріптеріне сан меншіктемеңіз.
Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru="""Обозначения: $m$ — масса (кг), $v$ — скорость перед ударом (м/с; 1 км/ч = 1/3,6 м/с), $s$ — длина зоны
деформации (м), $F$ — средняя сила барьера (Н), $\\Delta t$ — время удара (с), $g = 9{,}81$ м/с² (`G` в первой
ячейке кода).

**Как записывать ответы.** Величину с единицей измерения записывайте через `ureg`: `5 * ureg.joule`,
`3 * ureg.kilojoule`, `2 * ureg.newton`, `7 * ureg.kilonewton`, `4 * ureg.second`, `6 * ureg.millisecond`,
`8 * ureg.kilogram * ureg.meter / ureg.second`. Не присваивайте числа буквам `m, v, s` из первой ячейки кода.
Запускайте тестовую ячейку под каждой задачей: она проверяет форму ответа.""",
            en="""Notation: $m$ is the mass (kg), $v$ the speed before the impact (m/s; 1 km/h = 1/3.6 m/s), $s$ the crumple
zone's length (m), $F$ the barrier's average force (N), $\\Delta t$ the time of the impact (s), $g = 9.81$ m/s² (`G`
in the first code cell).

**How to write answers.** Write a quantity with a unit through `ureg`: `5 * ureg.joule`, `3 * ureg.kilojoule`,
`2 * ureg.newton`, `7 * ureg.kilonewton`, `4 * ureg.second`, `6 * ureg.millisecond`,
`8 * ureg.kilogram * ureg.meter / ureg.second`. Do not assign numbers to the letters `m, v, s` of the first code
cell. Run the test cell under each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Импульс және энергия", ru="## Часть А. Импульс и энергия",
               en="## Part A. Momentum and energy"),
        a.task(1, 1, "A",
               kk="""1500 кг кроссовер 56 км/сағ жылдамдықпен тосқауылға соғылып, тоқтайды. Оның импульсінің өзгерісін `dp`
деп кг·м/с-пен немесе Н·с-пен жазыңыз (`ureg.kilogram * ureg.meter / ureg.second`, `ureg.newton * ureg.second`).
Модулі де, «минус» таңбасымен жазылған өзгеріс те қабылданады; 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""Кроссовер 1500 кг ударяется о барьер на 56 км/ч и останавливается. Запишите изменение его импульса `dp` в
кг·м/с или в Н·с (`ureg.kilogram * ureg.meter / ureg.second`, `ureg.newton * ureg.second`). Принимается и модуль, и
изменение со знаком «минус»; принимается ответ с точностью до 1 %.""",
               en="""The 1500 kg crossover hits the barrier at 56 km/h and stops. Write the change of its momentum `dp` in
kg·m/s or in N·s (`ureg.kilogram * ureg.meter / ureg.second`, `ureg.newton * ureg.second`). Its size and the change
written with a minus sign are both accepted; an answer within 1 % is accepted."""),
        a.answer("momentum-change", f"dp = 1500 * (56 / 3.6) * {KGMS}", before=f"# dp = ... * {KGMS}"),
        a.tests("momentum-change-test", 1, public=f"""require(compare(dp, "kg*m/s", mode="dimension"))
advise(self_check(abs(dp), "{token['dp']}"))""", hidden=f"""from curriculum.check import rules
require(compare(abs(dp), "{1500 * 56 / 3.6!r} kg*m/s", mode="units", rtol=0.01, rules=[
    {_rule_source("dp-kmh")},
    {_rule_source("dp-rebound")}]))"""),

        a.task(2, 2, "A",
               kk="""Соққы алдында кроссовердің кинетикалық энергиясы қанша? `E_kin` энергиясын джоульмен немесе килоджоульмен
жазыңыз (`ureg.joule`, `ureg.kilojoule`); 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""Какова кинетическая энергия кроссовера перед ударом? Запишите энергию `E_kin` в джоулях или килоджоулях
(`ureg.joule`, `ureg.kilojoule`); принимается ответ с точностью до 1 %.""",
               en="""What is the crossover's kinetic energy before the impact? Write the energy `E_kin` in joules or kilojoules
(`ureg.joule`, `ureg.kilojoule`); an answer within 1 % is accepted."""),
        a.answer("kinetic-energy", "E_kin = 1500 * (56 / 3.6)**2 / 2 * ureg.joule", before="# E_kin = ... * ureg.joule"),
        a.tests("kinetic-energy-test", 2, public=f"""require(compare(E_kin, "J", mode="dimension"))
advise(self_check(E_kin, "{token['E_kin']}"))""", hidden=f"""from curriculum.check import rules
require(compare(E_kin, "{1500 * (56 / 3.6) ** 2 / 2!r} J", mode="units", rtol=0.01, rules=[
    {_rule_source("ek-half")},
    {_rule_source("ek-kmh")}]), points=2)"""),

        a.task(3, 1, "A",
               kk="""Массасы $m$ автомобиль $v$ жылдамдықпен тосқауылға соғылады, деформация аймағы $s$ жолда мыжылады.
Тосқауылдың орташа күшін жұмыс пен кинетикалық энергияның теңдігінен тауып, `F_expr` деп бірінші код ұяшығындағы
әріптермен sympy өрнегі түрінде жазыңыз (түрінің мысалы, жауап емес: `F_expr = m * s / v`). Күштің модулі де,
«минус» таңбасымен жазылған күш те қабылданады.""",
               ru="""Автомобиль массой $m$ ударяется о барьер со скоростью $v$, зона деформации сминается на пути $s$. Найдите
среднюю силу барьера из равенства работы и кинетической энергии и запишите её `F_expr` выражением sympy из букв
первой ячейки кода (пример формы, не ответ: `F_expr = m * s / v`). Принимается и модуль силы, и сила со знаком
«минус».""",
               en="""A car of mass $m$ hits the barrier at the speed $v$; its crumple zone folds over the distance $s$. Find the
barrier's average force from the equality of work and kinetic energy and write it as `F_expr`, a sympy expression
of the letters of the first code cell (an example of the form, not the answer: `F_expr = m * s / v`). The force's
size and the force written with a minus sign are both accepted."""),
        a.answer("force-formula", "F_expr = m * v**2 / (2 * s)", hint={
            "kk": "F_expr = ...  (m, v, s әріптерінен sympy өрнегі)",
            "ru": "F_expr = ...  (выражение sympy из букв m, v, s)",
            "en": "F_expr = ...  (a sympy expression of m, v, s)"}),
        a.tests("force-formula-test", 1, public=f"""assert isinstance(F_expr, sp.Expr), pick({{"kk": "F_expr — m, v, s әріптерінен құрылған sympy өрнегі болуы керек.", "ru": "F_expr должно быть выражением sympy из букв m, v, s.", "en": "F_expr should be a sympy expression made of m, v, s."}})
advise(self_check(sp.Abs(F_expr), "{token['F_expr']}"))""", hidden=f"""from curriculum.check import rules
require(compare(sp.Abs(F_expr), "m*v**2/(2*s)", rules=[
    {_rule_source("f-no-half")},
    {_rule_source("f-momentum")}]))"""),

        a.text(kk="## Ә бөлім. Соқтығысу уақыты және күш", ru="## Часть Б. Время удара и сила",
               en="## Part B. The time of the impact and the force"),
        a.task(4, 2, "B",
               kk="""Баяулау тұрақты болса, кроссовердің 0,6 м деформация аймағы қанша уақытта мыжылады? `t_crash` уақытын
секундпен немесе миллисекундпен жазыңыз (`ureg.second`, `ureg.millisecond`); 1 % дәлдікпен есептелген жауап
қабылданады.""",
               ru="""За какое время сминается зона деформации кроссовера 0,6 м, если замедление постоянно? Запишите время
`t_crash` в секундах или миллисекундах (`ureg.second`, `ureg.millisecond`); принимается ответ с точностью до 1 %.""",
               en="""How long does the crossover's 0.6 m crumple zone take to fold if the deceleration is constant? Write the time
`t_crash` in seconds or milliseconds (`ureg.second`, `ureg.millisecond`); an answer within 1 % is accepted."""),
        a.answer("crash-time", "t_crash = 2 * 0.6 / (56 / 3.6) * ureg.second", before="# t_crash = ... * ureg.second"),
        a.tests("crash-time-test", 2, public=f"""require(compare(t_crash, "s", mode="dimension"))
advise(self_check(t_crash, "{token['t_crash']}"))""", hidden=f"""from curriculum.check import rules
require(compare(t_crash, "{2 * 0.6 / (56 / 3.6)!r} s", mode="units", rtol=0.01, rules=[
    {_rule_source("t-full-speed")},
    {_rule_source("t-kmh")}]), points=2)"""),

        a.task(5, 2, "B",
               kk="""Тосқауылдың кроссоверге әсер ететін орташа күші қанша? `F_avg` күшін ньютонмен немесе килоньютонмен
жазыңыз (`ureg.newton`, `ureg.kilonewton`); модулі де, «минус» таңбасымен жазылған күш те қабылданады; 1 %
дәлдікпен есептелген жауап қабылданады.""",
               ru="""Какова средняя сила, с которой барьер действует на кроссовер? Запишите силу `F_avg` в ньютонах или
килоньютонах (`ureg.newton`, `ureg.kilonewton`); принимается и модуль, и сила со знаком «минус»; принимается ответ
с точностью до 1 %.""",
               en="""What is the average force of the barrier on the crossover? Write the force `F_avg` in newtons or kilonewtons
(`ureg.newton`, `ureg.kilonewton`); its size and the force written with a minus sign are both accepted; an answer
within 1 % is accepted."""),
        a.answer("average-force", "F_avg = 1500 * (56 / 3.6) / (2 * 0.6 / (56 / 3.6)) * ureg.newton",
                 before="# F_avg = ... * ureg.newton"),
        a.tests("average-force-test", 2, public=f"""require(compare(F_avg, "N", mode="dimension"))
advise(self_check(abs(F_avg), "{token['F_avg']}"))""", hidden=f"""from curriculum.check import rules
require(compare(abs(F_avg), "{1500 * (56 / 3.6) ** 2 / 1.2!r} N", mode="units", rtol=0.01, rules=[
    {_rule_source("f-half-time")},
    {_rule_source("f-weight")}]), points=2)"""),

        a.task(6, 2, "B",
               kk="""`min_crumple(speed_kmh, limit_g)` функциясын жазыңыз: ол `speed_kmh` км/сағ жылдамдықтағы соққыда орташа
баяулауды `limit_g` g-дан асырмайтын ең қысқа деформация аймағының ұзындығын метрмен қайтарсын (баяулау тұрақты,
$g$ — бірінші код ұяшығындағы `G`). Ол сан қайтарады, өлшем бірлігінсіз. Мысалы, `min_crumple(50, 20)` нәтижесі
шамамен `0.4916`.""",
               ru="""Напишите функцию `min_crumple(speed_kmh, limit_g)`: она возвращает в метрах длину самой короткой зоны
деформации, при которой среднее замедление при ударе на `speed_kmh` км/ч не больше `limit_g` g (замедление
постоянно, $g$ — `G` из первой ячейки кода). Она возвращает число без единицы измерения. Например,
`min_crumple(50, 20)` даёт примерно `0.4916`.""",
               en="""Write the function `min_crumple(speed_kmh, limit_g)`: it returns, in metres, the length of the shortest
crumple zone that keeps the average deceleration of an impact at `speed_kmh` km/h at `limit_g` g or less (the
deceleration is constant, $g$ is `G` of the first code cell). It returns a number, without a unit. For example,
`min_crumple(50, 20)` gives about `0.4916`."""),
        a.answer("crumple-function", """def min_crumple(speed_kmh, limit_g):
    v_ms = speed_kmh / 3.6
    return v_ms**2 / (2 * limit_g * G)""", hint={
            "kk": "def min_crumple(speed_kmh, limit_g): ... ең қысқа деформация аймағы, м",
            "ru": "def min_crumple(speed_kmh, limit_g): ... самая короткая зона деформации, м",
            "en": "def min_crumple(speed_kmh, limit_g): ... the shortest crumple zone, m"}),
        a.tests("crumple-function-test", 2, public="""assert callable(min_crumple), pick({"kk": "min_crumple — функция болуы керек (def min_crumple(speed_kmh, limit_g): ...).", "ru": "min_crumple должна быть функцией (def min_crumple(speed_kmh, limit_g): ...).", "en": "min_crumple should be a function (def min_crumple(speed_kmh, limit_g): ...)."})
require(compare(min_crumple(50, 20), 0.4916, mode="numeric", rtol=1e-3))""",
                hidden="""require(check_function(min_crumple, crash_test.min_crumple, rtol=1e-6,
                       inputs=[(50, 20), (56, 20), (64, 25), (40, 15), (100, 30), (56, 10.5), (30, 40), (0, 20)]))"""),

        a.text(kk="## Б бөлім. Деформация аймағын жобалау", ru="## Часть В. Проект зоны деформации",
               en="## Part C. Designing the crumple zone"),
        a.task(7, 2, "C",
               kk="""1500 кг кроссовер 56 км/сағ жылдамдықпен сыналады. Орташа баяулау 20 g-дан аспауы керек, ал деформация
аймағы 0,7 м-ден ұзын болмауы керек. Зертханада деформация аймағының ұзындығын таңдап, **Жобаны тексеру**
батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru="""Кроссовер 1500 кг испытывают на 56 км/ч. Среднее замедление должно быть не больше 20 g, а зона деформации
не длиннее 0,7 м. Подберите в лаборатории длину зоны деформации, нажмите **Проверить проект** и скопируйте в ячейку
ответа строку `design = {...}`, которую показывает лаборатория.""",
               en="""The 1500 kg crossover is tested at 56 km/h. The average deceleration must be at most 20 g, and the crumple
zone at most 0.7 m long. Choose the crumple zone's length in the lab, press **Check the design**, then copy the line
`design = {...}` that the lab shows into the answer cell."""),
        a.code("""crash_test.make_lab("crumple")"""),
        a.answer("design", "design = {'crumple': 0.65}", before="# design = {'crumple': ...}"),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and "crumple" in design, pick({"kk": "design = {'crumple': ...} (зертхана көрсететін жол)", "ru": "design = {'crumple': ...} (строка, которую показывает лаборатория)", "en": "design = {'crumple': ...} (the line the lab shows)"})
advise(check_design(design, crash_test.DESIGN_SPEC, model=crash_test.design_result))""",
                hidden="""require(check_design(design, crash_test.DESIGN_SPEC, model=crash_test.design_result))"""),

        a.task(8, 3, "C", locked_id="crumple-explain-prompt",
               kk="""Асқар былай дейді: «Деформация аймағын 0,6 м-ден 0,3 м-ге дейін қысқартайық: автомобиль ықшам болады, ал
соққы сол соққы — импульстің өзгерісі бәрібір бірдей». Кроссовер үшін (1500 кг, 56 км/сағ) 0,3 м және 0,6 м
аймақпен импульстің өзгерісін, соқтығысу уақытын, орташа күшті және орташа баяулауды $g$ бірлігімен есептеңіз.
Асқар неде дұрыс, неде қателеседі? Ұзын деформация аймағы жолаушыны неге қорғайды және неге жолаушылар салоны
мыжылмауы керек? Модельдің қандай оңайлатуы бар? Жауапты төмендегі ұяшыққа сөзбен және есептеулермен жазыңыз.""",
               ru="""Аскар говорит: «Укоротим зону деформации с 0,6 м до 0,3 м: автомобиль будет компактнее, а удар тот же —
изменение импульса всё равно одинаковое». Для кроссовера (1500 кг, 56 км/ч) вычислите изменение импульса, время
удара, среднюю силу и среднее замедление в единицах $g$ при зоне 0,3 м и 0,6 м. В чём Аскар прав и в чём ошибается?
Почему длинная зона деформации защищает человека и почему салон не должен сминаться? Какое упрощение есть в модели?
Напишите ответ словами и с вычислениями в ячейке ниже.""",
               en="""Askar says: "Let's shorten the crumple zone from 0.6 m to 0.3 m: the car gets more compact, and the impact
is the same, the change of momentum is equal anyway." For the crossover (1500 kg, 56 km/h) compute the change of
momentum, the time of the impact, the average force and the average deceleration in $g$ with a zone of 0.3 m and of
0.6 m. Where is Askar right and where is he wrong? Why does a longer crumple zone protect the people inside, and why
must the passenger cell not fold? What simplification does the model make? Write your answer in words and with
calculations in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: $v = 56/3{,}6 \\approx 15{,}6$ м/с, екі жағдайда да $\\Delta p = 1500 \\cdot 56 / 3{,}6 \\approx 23\\,333$ кг·м/с (Асқар осында дұрыс);
  0,3 м-де $\\Delta t = 2s/v \\approx 38{,}6$ мс, 0,6 м-де $\\approx 77{,}1$ мс.
* 1 ұпай: $F = \\Delta p/\\Delta t$: 0,3 м-де $\\approx 605$ кН және $\\approx 41{,}1$ g, 0,6 м-де $\\approx 302$ кН және $\\approx 20{,}6$ g —
  аймақ екі есе қысқа болса, күш пен баяулау екі есе көп (Асқар қателеседі: соққы бірдей емес).
* 1 ұпай: ұзын аймақ соқтығысу уақытын ұзартып, кинетикалық энергияны ұзағырақ жолда жұтады ($Fs = E_k$), сондықтан
  жолаушыға әсер ететін күш аз; салон мыжылса, адамға кеңістік қалмайды; модельде баяулау тұрақты, ал шын соққыда
  ең үлкен баяулау орташадан жоғары.""",
                   "ru": """* 1 балл: $v = 56/3{,}6 \\approx 15{,}6$ м/с, в обоих случаях $\\Delta p = 1500 \\cdot 56 / 3{,}6 \\approx 23\\,333$ кг·м/с (здесь Аскар прав);
  при 0,3 м $\\Delta t = 2s/v \\approx 38{,}6$ мс, при 0,6 м $\\approx 77{,}1$ мс.
* 1 балл: $F = \\Delta p/\\Delta t$: при 0,3 м $\\approx 605$ кН и $\\approx 41{,}1$ g, при 0,6 м $\\approx 302$ кН и $\\approx 20{,}6$ g —
  зона вдвое короче, сила и замедление вдвое больше (Аскар ошибается: удар не тот же).
* 1 балл: длинная зона удлиняет удар и поглощает кинетическую энергию на большем пути ($Fs = E_k$), поэтому сила,
  действующая на человека, меньше; если сомнётся салон, человеку не останется места; в модели замедление постоянно,
  а в настоящем ударе наибольшее замедление выше среднего.""",
                   "en": """* 1 point: $v = 56/3.6 \\approx 15.6$ m/s, in both cases $\\Delta p = 1500 \\cdot 56 / 3.6 \\approx 23\\,333$ kg·m/s (Askar is right here);
  with 0.3 m $\\Delta t = 2s/v \\approx 38.6$ ms, with 0.6 m $\\approx 77.1$ ms.
* 1 point: $F = \\Delta p/\\Delta t$: with 0.3 m $\\approx 605$ kN and $\\approx 41.1$ g, with 0.6 m $\\approx 302$ kN and $\\approx 20.6$ g:
  half the zone, twice the force and the deceleration (Askar is wrong: the impact is not the same).
* 1 point: a longer zone makes the impact last longer and takes up the kinetic energy over a longer distance
  ($Fs = E_k$), so the force on the people is smaller; if the cabin folds, no room is left for them; the model's
  deceleration is constant, and in a real impact the peak is higher than the average."""}),
        a.written("crumple-explain", 3, """**Model answer (en).** The speed is $v = 56/3.6 \\approx 15.6$ m/s. The car stops either
way, so $\\Delta p = 1500 \\cdot 56 / 3.6 \\approx 23\\,333$ kg·m/s with both zones: Askar is right that the change of
momentum is the same. But the time is not: at constant deceleration the average speed is $v/2$, so
$\\Delta t = 2s/v \\approx 38.6$ ms with 0.3 m and $\\approx 77.1$ ms with 0.6 m. The average force $F = \\Delta p/\\Delta t$ is
$\\approx 605$ kN (about 41.1 g) with 0.3 m and $\\approx 302$ kN (about 20.6 g) with 0.6 m: half the zone, twice the force
and the deceleration. So the impact is not the same and Askar is wrong. A longer crumple zone protects because it
makes the stop last longer and takes up the kinetic energy over a longer distance ($Fs = E_k$), so the belt and
the airbag stop the people with a smaller force; the passenger cell must stay rigid, or the people have no room
left. The model takes the deceleration as constant; in a real test it rises and falls, and its peak is higher than
the average.

**Үлгі жауап (kk).** Жылдамдық $v = 56/3{,}6 \\approx 15{,}6$ м/с. Автомобиль екі жағдайда да тоқтайды, сондықтан екі
аймақпен де $\\Delta p = 1500 \\cdot 56 / 3{,}6 \\approx 23\\,333$ кг·м/с: импульстің өзгерісі бірдей екенінде Асқар дұрыс.
Бірақ уақыт бірдей емес: баяулау тұрақты болса, орташа жылдамдық $v/2$, сондықтан 0,3 м-де $\\Delta t = 2s/v \\approx 38{,}6$ мс,
ал 0,6 м-де $\\approx 77{,}1$ мс. Орташа күш $F = \\Delta p/\\Delta t$: 0,3 м-де $\\approx 605$ кН (шамамен 41,1 g), 0,6 м-де
$\\approx 302$ кН (шамамен 20,6 g) — аймақ екі есе қысқа болса, күш пен баяулау екі есе көп. Демек соққы бірдей емес,
Асқар қателеседі. Ұзын деформация аймағы тоқтауды ұзартып, кинетикалық энергияны ұзағырақ жолда жұтады ($Fs = E_k$),
сондықтан белдік пен қауіпсіздік жастығы адамды кішірек күшпен тоқтатады; жолаушылар салоны қатты қалуы керек,
әйтпесе адамға орын қалмайды. Модельде баяулау тұрақты; шын сынақта ол өсіп, сосын кемиді, ал ең үлкен мәні
орташадан жоғары.

**Образец ответа (ru).** Скорость $v = 56/3{,}6 \\approx 15{,}6$ м/с. Автомобиль в обоих случаях останавливается,
поэтому при обеих зонах $\\Delta p = 1500 \\cdot 56 / 3{,}6 \\approx 23\\,333$ кг·м/с: Аскар прав, что изменение импульса
одинаковое. Но время не одинаковое: при постоянном замедлении средняя скорость $v/2$, поэтому
$\\Delta t = 2s/v \\approx 38{,}6$ мс при 0,3 м и $\\approx 77{,}1$ мс при 0,6 м. Средняя сила $F = \\Delta p/\\Delta t$:
$\\approx 605$ кН (около 41,1 g) при 0,3 м и $\\approx 302$ кН (около 20,6 g) при 0,6 м — зона вдвое короче, сила и
замедление вдвое больше. Значит, удар не тот же, и Аскар ошибается. Длинная зона деформации защищает, потому что
удлиняет остановку и поглощает кинетическую энергию на большем пути ($Fs = E_k$), и ремень с подушкой безопасности
останавливают человека меньшей силой; салон должен оставаться жёстким, иначе человеку не останется места. В модели
замедление постоянно; в настоящем испытании оно растёт и падает, и его наибольшее значение выше среднего."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "crash_test.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
