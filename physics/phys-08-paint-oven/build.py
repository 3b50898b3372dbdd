"""Writes phys-08-paint-oven's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python physics/phys-08-paint-oven/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_phys_08_paint_oven.py`` pins every number to the model). Every number a student sees is a
given of the tasks or comes from the lab's model (``curriculum.labs.paint_oven``).
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
MODULE = "phys-08-paint-oven"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """from curriculum.i18n import pick
from curriculum.labs import paint_oven"""


# -- lesson 1: the quantity of heat, specific heat capacity, °C and K ------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Бояу кептіру пеші, 1-сабақ. Жылу мөлшері және меншікті жылу сыйымдылығы

Бояу цехында көлік кузовы бояудан кейін **кептіру пешіне** (curing oven) кіреді: бояу қатып, берік қабатқа
айналуы үшін кузовты 160 °C-қа дейін қыздырып, сол температурада ұстау керек. Кузов — 360 кг болат. Цехтағы
кузовтың температурасы 20 °C. Кузовты қыздыру үшін қанша энергия керек: бір шәйнекті қайнатқандай ма, әлде
жүздеген шәйнекті қайнатқандай ма? Бұл сабақта оны есептейміз.""",
            ru="""# Печь сушки краски, урок 1. Количество теплоты и удельная теплоёмкость

В окрасочном цехе кузов автомобиля после окраски въезжает в **печь сушки** (curing oven): чтобы краска
затвердела и стала прочным слоем, кузов нужно нагреть до 160 °C и выдержать при этой температуре. Кузов — 360 кг
стали. В цехе температура кузова 20 °C. Сколько энергии нужно, чтобы нагреть кузов: как вскипятить один чайник
или как сотни чайников? На этом уроке мы это посчитаем.""",
            en="""# The paint curing oven, lesson 1. The quantity of heat and specific heat capacity

In the paint shop a car body goes into the **curing oven** after painting: for the paint to harden into a strong
coat, the body must be heated to 160 °C and held there. The body is 360 kg of steel. In the shop the body is at
20 °C. How much energy does it take to heat the body: as much as boiling one kettle, or hundreds of kettles? In
this lesson we compute it."""),
        a.text(
            kk="""## 1. Ішкі энергия және жылу мөлшері

Дененің **ішкі энергиясы** (internal energy) — оның бөлшектерінің қозғалыс және өзара әрекеттесу энергиясы.
Температура неғұрлым жоғары болса, бөлшектер соғұрлым жылдам қозғалады, ішкі энергия соғұрлым көп. Пеште ыстық
ауа мен жылытқыштардың сәулесі кузовқа энергия береді: бұл — жылу берілу. Жылу берілу кезінде дененің алған
немесе берген энергиясы **жылу мөлшері** (quantity of heat) $Q$ деп аталады, джоульмен (Дж) өлшенеді.

**Меншікті жылу сыйымдылығы** (specific heat capacity) $c$ — 1 кг затты 1 °C-қа қыздыруға қажет жылу мөлшері,
Дж/(кг·°C). Оқулықтың кестесінен: болат — 500, алюминий — 920, су — 4200 Дж/(кг·°C). Денені $t_1$-ден $t_2$-ге
дейін қыздыруға қажет жылу мөлшері:""",
            ru="""## 1. Внутренняя энергия и количество теплоты

**Внутренняя энергия** (internal energy) тела — энергия движения и взаимодействия его частиц. Чем выше
температура, тем быстрее движутся частицы и тем больше внутренняя энергия. В печи горячий воздух и излучение
нагревателей передают кузову энергию: это теплопередача. Энергия, которую тело получает или отдаёт при
теплопередаче, называется **количеством теплоты** (quantity of heat) $Q$ и измеряется в джоулях (Дж).

**Удельная теплоёмкость** (specific heat capacity) $c$ — количество теплоты, нужное, чтобы нагреть 1 кг вещества
на 1 °C, в Дж/(кг·°C). Из таблицы учебника: сталь — 500, алюминий — 920, вода — 4200 Дж/(кг·°C). Количество
теплоты, нужное, чтобы нагреть тело от $t_1$ до $t_2$:""",
            en="""## 1. Internal energy and the quantity of heat

A body's **internal energy** is the energy of the motion and interaction of its particles. The higher the
temperature, the faster the particles move and the greater the internal energy. In the oven hot air and the
heaters' radiation give the body energy: this is heat transfer. The energy a body gains or gives off by heat
transfer is the **quantity of heat** $Q$, measured in joules (J).

The **specific heat capacity** $c$ is the quantity of heat that warms 1 kg of a substance by 1 °C, in J/(kg·°C).
From the textbook's table: steel 500, aluminium 920, water 4200 J/(kg·°C). The quantity of heat that warms a body
from $t_1$ to $t_2$ is:"""),
        a.formula(r"$$Q = c\,m\,(t_2 - t_1)$$"),
        a.text(
            kk="""**Цельсий және кельвин.** Абсолют температура $T = t + 273$ (K). Бірақ формулаға температураның
**айырмасы** кіреді, ал 1 °C айырма 1 K айырмаға тең: $(160 + 273) - (20 + 273) = 160 - 20 = 140$. Сондықтан
Дж/(кг·°C) мен Дж/(кг·K) — бір бірлік, ал $t_2 - t_1$ цельсиймен де, кельвинмен де бірдей сан. (Кестедегі $c$ —
бөлме температурасының маңындағы мән; болаттың $c$-сы қызғанда сәл өседі, біз оны тұрақты деп аламыз.)""",
            ru="""**Цельсий и кельвин.** Абсолютная температура $T = t + 273$ (K). Но в формулу входит **разность**
температур, а разность 1 °C равна разности 1 K: $(160 + 273) - (20 + 273) = 160 - 20 = 140$. Поэтому Дж/(кг·°C) и
Дж/(кг·K) — одна и та же единица, а $t_2 - t_1$ — одно и то же число в градусах Цельсия и в кельвинах. (В таблице
$c$ дано около комнатной температуры; у стали при нагреве оно немного растёт, мы считаем его постоянным.)""",
            en="""**Celsius and kelvin.** The absolute temperature is $T = t + 273$ (K). But the formula holds a **difference**
of temperatures, and a difference of 1 °C is a difference of 1 K: $(160 + 273) - (20 + 273) = 160 - 20 = 140$. So
J/(kg·°C) and J/(kg·K) are the same unit, and $t_2 - t_1$ is the same number in degrees Celsius and in kelvins.
(The table gives $c$ near room temperature; steel's grows a little as it heats, and we take it as constant.)"""),
        a.example(
            kk="""### 1-мысал

360 кг болат кузовты 20 °C-тан 160 °C-қа дейін қыздыруға қанша жылу керек?

Алдымен бағалаңыз: $500 \\cdot 400 \\cdot 100 = 20\\,000\\,000$ Дж $= 20$ МДж, демек жауап 20 МДж-дан сәл көп болады.

Есептейміз: $t_2 - t_1 = 160 - 20 = 140$ °C (яғни 140 K),
$Q = 500 \\cdot 360 \\cdot 140 = 25\\,200\\,000$ Дж $= 25{,}2$ МДж.

Электр энергиясын кВт·сағ-пен санайды: $1$ кВт·сағ $= 1000$ Вт $\\cdot\\ 3600$ с $= 3{,}6$ МДж, сондықтан
$Q = 25{,}2 / 3{,}6 = 7$ кВт·сағ. Су үшін $c = 4200$: 1,5 кг суды 20 °C-тан 100 °C-қа дейін қыздыруға
$4200 \\cdot 1{,}5 \\cdot 80 = 504\\,000$ Дж керек, ал кузовқа одан 50 есе көп — елу шәйнек. Келесі ұяшық соны зертхананың моделімен есептейді.""",
            ru="""### Пример 1

Сколько теплоты нужно, чтобы нагреть стальной кузов массой 360 кг от 20 °C до 160 °C?

Сначала оцените: $500 \\cdot 400 \\cdot 100 = 20\\,000\\,000$ Дж $= 20$ МДж, значит, ответ будет немного больше 20 МДж.

Вычисляем: $t_2 - t_1 = 160 - 20 = 140$ °C (то есть 140 K),
$Q = 500 \\cdot 360 \\cdot 140 = 25\\,200\\,000$ Дж $= 25{,}2$ МДж.

Электроэнергию считают в кВт·ч: $1$ кВт·ч $= 1000$ Вт $\\cdot\\ 3600$ с $= 3{,}6$ МДж, поэтому
$Q = 25{,}2 / 3{,}6 = 7$ кВт·ч. Для воды $c = 4200$: чтобы нагреть 1,5 кг воды от 20 °C до 100 °C, нужно
$4200 \\cdot 1{,}5 \\cdot 80 = 504\\,000$ Дж, а кузову — в 50 раз больше: пятьдесят чайников. Следующая ячейка считает то же по модели
лаборатории.""",
            en="""### Example 1

How much heat does it take to warm a steel body of 360 kg from 20 °C to 160 °C?

Estimate first: $500 \\cdot 400 \\cdot 100 = 20\\,000\\,000$ J $= 20$ MJ, so the answer will be a little over 20 MJ.

We compute: $t_2 - t_1 = 160 - 20 = 140$ °C (that is, 140 K),
$Q = 500 \\cdot 360 \\cdot 140 = 25\\,200\\,000$ J $= 25.2$ MJ.

Electricity is counted in kWh: $1$ kWh $= 1000$ W $\\cdot\\ 3600$ s $= 3.6$ MJ, so $Q = 25.2 / 3.6 = 7$ kWh. For water
$c = 4200$: heating 1.5 kg of water from 20 °C to 100 °C takes $4200 \\cdot 1.5 \\cdot 80 = 504\\,000$ J, and the
body 50 times as much: fifty kettles. The next cell computes the same with the lab's model."""),
        a.code("""J, MJ = pick({"kk": "Дж", "ru": "Дж", "en": "J"}), pick({"kk": "МДж", "ru": "МДж", "en": "MJ"})
kWh = pick({"kk": "кВт·сағ", "ru": "кВт·ч", "en": "kWh"})
Q = paint_oven.heat(500, 360, 20, 160)
print(Q, J, Q / 1e6, MJ, round(Q / paint_oven.J_PER_KWH, 2), kWh)
kettle = paint_oven.heat(4200, 1.5, 20, 100)
print(kettle, J, round(Q / kettle, 1))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Айдар былай дейді: «Кельвинмен сандар үлкенірек: 160 °C — бұл 433 K, ал 20 °C — 293 K. Сондықтан кельвинмен
есептесек, жылу мөлшері көбірек шығады». Төмендегі ұяшық тексереді: температуралардың айырмасы кельвинмен де,
цельсиймен де бірдей. Ал $Q = c\\,m\\,T_2$ деп, айырманың орнына абсолют температураны алу — қате: ол кузовты
абсолют нөлден қыздыруға қажет жылу болар еді.""",
            ru="""### Верно ли?

Айдар говорит: «В кельвинах числа больше: 160 °C — это 433 K, а 20 °C — 293 K. Поэтому если считать в кельвинах,
количество теплоты получится больше». Ячейка ниже проверяет: разность температур в кельвинах та же, что в
градусах Цельсия. А взять $Q = c\\,m\\,T_2$, абсолютную температуру вместо разности, — ошибка: это была бы теплота
нагрева кузова от абсолютного нуля.""",
            en="""### Is it true?

Aidar says: "In kelvins the numbers are bigger: 160 °C is 433 K, and 20 °C is 293 K. So if we count in kelvins we get
more heat." The cell below checks: the difference of the temperatures is the same in kelvins as in degrees
Celsius. And taking $Q = c\\,m\\,T_2$, the absolute temperature instead of the difference, is a mistake: that would be
the heat to warm the body from absolute zero."""),
        a.code("""print(round(paint_oven.kelvin(160) - paint_oven.kelvin(20), 9), 160 - 20)
print(paint_oven.heat(500, 360, paint_oven.kelvin(20), paint_oven.kelvin(160)) == Q)""", role="misconception"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана — пештің кесіндісі: қабырғалары жылу оқшаулауымен, жоғарыда жылытқыштар, ішінде конвейердегі кузов.
Жылытқыштардың қуаты 60 кВт, кузов — 360 кг болат. ▶ батырмасын баспас бұрын жауап беріңіз: кузов 160 °C-қа
20 минутқа дейін жете ме? Массасы дәл сондай алюминий кузов тезірек қыза ма, әлде баяуырақ па? Болжамыңызды
дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория — печь в разрезе: стены с теплоизоляцией, сверху нагреватели, внутри кузов на конвейере. Мощность
нагревателей 60 кВт, кузов — 360 кг стали. Прежде чем нажать ▶, ответьте: успеет ли кузов нагреться до 160 °C за
20 минут? Алюминиевый кузов той же массы нагреется быстрее или медленнее? Запишите предсказание в тетрадь.""",
            en="""### Predict first

The lab is the oven cut open: walls with insulation, heaters at the top, the body on the conveyor inside. The
heaters' power is 60 kW, the body is 360 kg of steel. Before you press ▶, answer: will the body reach 160 °C within
20 minutes? Will an aluminium body of the same mass heat up faster or slower? Write your prediction down."""),
        a.lab("""lab = paint_oven.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. ▶ батырмасын басыңыз: уақыт өтеді, кузов көктен қызылға дейін қызады, термометр мен графиктегі нүкте бірге
   көтеріледі. Кузов 160 °C-қа қашан жетті? Болжамыңыз расталды ма?
2. Кузовтың массасын екі есе арттырыңыз. Қажет жылу мөлшері мен қыздыру уақыты қалай өзгерді?
3. Материалды алюминийге ауыстырыңыз. Неге алюминий кузовқа жылу көбірек керек? (Алюминийден жасалған
   шын кузов жеңілірек: массасын 250 кг етіп көріңіз.)
4. Оң жақтағы бағанды қараңыз: жылытқыштардың энергиясының бәрі кузовқа бара ма? Сұр бөлігі — шығындар: келесі
   сабақта олармен айналысамыз. (Пештің сандары ойдан алынған, бірақ шынайыға ұқсас.)""",
            ru="""### Исследуйте

1. Нажмите ▶: идёт время, кузов нагревается от синего до красного, термометр и точка на графике поднимаются
   вместе. Когда кузов достиг 160 °C? Подтвердилось ли предсказание?
2. Увеличьте массу кузова вдвое. Как изменились количество теплоты и время нагрева?
3. Смените материал на алюминий. Почему алюминиевому кузову нужно больше теплоты? (Настоящий алюминиевый кузов
   легче: попробуйте массу 250 кг.)
4. Посмотрите на столбик справа: вся ли энергия нагревателей идёт в кузов? Серая часть — потери: ими займёмся на
   следующем уроке. (Числа печи придуманы для задачи, но похожи на настоящие.)""",
            en="""### Explore

1. Press ▶: the time runs, the body warms from blue to red, the thermometer and the point on the graph rise
   together. When did the body reach 160 °C? Was your prediction right?
2. Double the body's mass. How did the quantity of heat and the heating time change?
3. Switch the material to aluminium. Why does an aluminium body need more heat? (A real aluminium body is lighter:
   try a mass of 250 kg.)
4. Look at the bar on the right: does all the heaters' energy go into the body? The grey part is the losses: they
   are the next lesson's subject. (The oven's numbers are made up for the task, but they are like real ones.)"""),
        a.summary(
            kk="""## Қорытынды

* **Кептіру пеші** кузовты бояу қатитын температураға дейін қыздырады.
* **Ішкі энергия** температурамен бірге өседі; жылу берілу кезінде берілген энергия — **жылу мөлшері** $Q$ (Дж).
* **Меншікті жылу сыйымдылығы** $c$ — 1 кг затты 1 °C-қа қыздыратын жылу; болат үшін 500 Дж/(кг·°C).
* $Q = c\\,m\\,(t_2 - t_1)$; 1 °C айырма = 1 K айырма, сондықтан айырма цельсиймен де, кельвинмен де бірдей.
* 1 **кВт·сағ** = 3,6 МДж.""",
            ru="""## Итоги

* **Печь сушки** нагревает кузов до температуры, при которой затвердевает краска.
* **Внутренняя энергия** растёт с температурой; энергия, переданная при теплопередаче, — **количество теплоты**
  $Q$ (Дж).
* **Удельная теплоёмкость** $c$ — теплота, нагревающая 1 кг вещества на 1 °C; у стали 500 Дж/(кг·°C).
* $Q = c\\,m\\,(t_2 - t_1)$; разность 1 °C = разность 1 K, поэтому разность одна и та же в градусах Цельсия и в
  кельвинах.
* 1 **кВт·ч** = 3,6 МДж.""",
            en="""## Summary

* The **curing oven** heats the body to the temperature at which the paint hardens.
* **Internal energy** grows with temperature; the energy passed on by heat transfer is the **quantity of heat** $Q$
  (J).
* The **specific heat capacity** $c$ is the heat that warms 1 kg of a substance by 1 °C; steel's is
  500 J/(kg·°C).
* $Q = c\\,m\\,(t_2 - t_1)$; a difference of 1 °C is a difference of 1 K, so the difference is the same in degrees
  Celsius and in kelvins.
* 1 **kWh** = 3.6 MJ."""),
        a.reflection(
            kk="""## Рефлексия

1. Неге кузовты қыздыруға бір шәйнектен әлдеқайда көп энергия керек? Екі сөйлеммен түсіндіріңіз.
2. Айдарға температура айырмасы туралы не айтар едіңіз?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Почему на нагрев кузова нужно гораздо больше энергии, чем на один чайник? Объясните в двух предложениях.
2. Что бы вы сказали Айдару о разности температур?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Why does heating the body take far more energy than one kettle? Explain in two sentences.
2. What would you tell Aidar about the difference of temperatures?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- lesson 2: the heater's energy, fuel, efficiency, the heat balance ----------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Бояу кептіру пеші, 2-сабақ. Жылытқыштың энергиясы, отын және ПӘК

Өткен сабақта 360 кг кузовты 160 °C-қа дейін қыздыруға 25,2 МДж, яғни 7 кВт·сағ керек екенін есептедік. Бірақ
цехтың электр есептегіші бір кузовқа әлдеқайда көп кВт·сағ көрсетеді. Энергия қайда кетеді? Кузов қанша уақытта
қызады және бір кузовтың қыздыру құны қанша? Бұл сабақта пештің **жылу балансын** (heat balance) құрып, пешті
жобалаймыз.""",
            ru="""# Печь сушки краски, урок 2. Энергия нагревателя, топливо и КПД

На прошлом уроке мы посчитали, что нагреть кузов 360 кг до 160 °C — это 25,2 МДж, то есть 7 кВт·ч. Но
электросчётчик цеха показывает на один кузов гораздо больше кВт·ч. Куда уходит энергия? За какое время кузов
нагреется и сколько стоит нагрев одного кузова? На этом уроке составим **тепловой баланс** (heat balance) печи и
спроектируем печь.""",
            en="""# The paint curing oven, lesson 2. The heater's energy, fuel and efficiency

Last lesson we computed that heating the 360 kg body to 160 °C takes 25.2 MJ, that is 7 kWh. But the shop's
electricity meter shows far more kWh per body. Where does the energy go? How long does the body take to heat up,
and what does heating one body cost? In this lesson we draw up the oven's **heat balance** and design the oven."""),
        a.text(
            kk="""## 2. Жылытқыштың энергиясы, отынның жануы және ПӘК

* Қуаты $P$ электр жылытқыш $t$ уақытта $E = P\\,t$ энергия береді (Дж = Вт·с; 1 кВт·сағ = 3,6 МДж).
* Газ пешінде отын жанады. Массасы $m$ отын толық жанғанда $Q = q\\,m$ жылу бөлінеді, мұнда $q$ —
  **отынның меншікті жану жылуы** (heat of combustion), Дж/кг. Табиғи газ үшін оқулықтың кестесінде
  $q = 4{,}4 \\cdot 10^7$ Дж/кг = 44 МДж/кг.
* Энергияның бәрі кузовқа бармайды: бір бөлігі сыртқа шығарылатын ауаны, қабырғаларды және конвейердің тұғырын
  қыздырады. **Пайдалы әсер коэффициенті** (efficiency) — пайдалы жылудың жұмсалған энергияға қатынасы:
  $\\eta = Q_{\\text{пайд}} / Q_{\\text{толық}}$, көбіне пайызбен.
* **Жылу балансы**: жұмсалған энергия = пайдалы жылу + шығындар.

Осыдан қыздыру уақыты: кузовқа секундына $\\eta P$ джоуль келеді, сондықтан""",
            ru="""## 2. Энергия нагревателя, сгорание топлива и КПД

* Электронагреватель мощностью $P$ за время $t$ отдаёт энергию $E = P\\,t$ (Дж = Вт·с; 1 кВт·ч = 3,6 МДж).
* В газовой печи сгорает топливо. При полном сгорании топлива массой $m$ выделяется теплота $Q = q\\,m$, где $q$ —
  **удельная теплота сгорания топлива** (heat of combustion), Дж/кг. Для природного газа в таблице учебника
  $q = 4{,}4 \\cdot 10^7$ Дж/кг = 44 МДж/кг.
* Не вся энергия идёт в кузов: часть нагревает вытяжной воздух, стены и подставку конвейера. **Коэффициент
  полезного действия** (efficiency) — отношение полезной теплоты к затраченной энергии:
  $\\eta = Q_{\\text{пол}} / Q_{\\text{затр}}$, часто в процентах.
* **Тепловой баланс**: затраченная энергия = полезная теплота + потери.

Отсюда время нагрева: в кузов каждую секунду приходит $\\eta P$ джоулей, поэтому""",
            en="""## 2. The heater's energy, burning fuel, and efficiency

* An electric heater of power $P$ gives the energy $E = P\\,t$ in a time $t$ (J = W·s; 1 kWh = 3.6 MJ).
* In a gas-fired oven fuel burns. Burning a mass $m$ of fuel completely gives the heat $Q = q\\,m$, where $q$ is the
  fuel's **heat of combustion**, J/kg. For natural gas the textbook's table gives $q = 4.4 \\cdot 10^7$ J/kg =
  44 MJ/kg.
* Not all the energy goes into the body: part of it heats the exhaust air, the walls and the conveyor's skid. The
  **efficiency** is the useful heat over the energy spent: $\\eta = Q_{\\text{useful}} / Q_{\\text{spent}}$, often
  in per cent.
* The **heat balance**: the energy spent = the useful heat + the losses.

So the heating time: every second $\\eta P$ joules reach the body, and"""),
        a.formula(r"$$E = P\,t,\qquad Q = q\,m,\qquad \eta = \frac{Q_1}{Q_2},\qquad "
                  r"t = \frac{c\,m\,(t_2 - t_1)}{\eta\,P}$$"),
        a.text(
            kk="""Мұнда $Q_1$ — пайдалы жылу, $Q_2$ — жұмсалған энергия. Модель оңайлатылған: ПӘК пеш үшін бір сан деп
алынады, кузов біркелкі қызады (жұқа қаңылтыр), ал кептіру температурасында ұстау есептелмейді.""",
            ru="""Здесь $Q_1$ — полезная теплота, $Q_2$ — затраченная энергия. Модель упрощена: КПД печи считаем одним
числом, кузов нагревается равномерно (тонкий лист), а выдержка при температуре сушки не учитывается.""",
            en="""Here $Q_1$ is the useful heat and $Q_2$ the energy spent. The model is simplified: the oven's efficiency is one
number, the body heats evenly (thin sheet), and holding it at the curing temperature is left out."""),
        a.example(
            kk="""### 2-мысал

Электр пешінің жылытқыштары 60 кВт, қабырғасының оқшаулауы 100 мм, ПӘК-і 40 %. 360 кг кузов 20 °C-тан 160 °C-қа
дейін қанша уақытта қызады, бір кузовқа қанша энергия жұмсалады және ол қанша тұрады (1 кВт·сағ — 30 ₸)?

* Кузовқа келетін қуат: $0{,}4 \\cdot 60 = 24$ кВт $= 24\\,000$ Вт.
* Уақыт: $t = 25\\,200\\,000 / 24\\,000 = 1050$ с $= 17{,}5$ мин.
* Жұмсалған энергия: $E = 60\\,000 \\cdot 1050 = 63\\,000\\,000$ Дж $= 63$ МДж $= 17{,}5$ кВт·сағ; тексеру:
  $25{,}2 / 0{,}4 = 63$ МДж.
* Шығындар: $63 - 25{,}2 = 37{,}8$ МДж. Құны: $17{,}5 \\cdot 30 = 525$ ₸.

### 3-мысал

Газ пешінде де ПӘК 40 % болса, бір кузовқа $25{,}2 / 0{,}4 = 63$ МДж жылу, яғни $63 / 44 \\approx 1{,}43$ кг табиғи газ
жағу керек. (Пеш пен тариф сандары ойдан алынған, бірақ шынайыға ұқсас.)""",
            ru="""### Пример 2

Нагреватели электрической печи — 60 кВт, изоляция стен 100 мм, КПД 40 %. За какое время кузов 360 кг нагреется от
20 °C до 160 °C, сколько энергии уходит на один кузов и сколько это стоит (1 кВт·ч — 30 ₸)?

* Мощность, идущая в кузов: $0{,}4 \\cdot 60 = 24$ кВт $= 24\\,000$ Вт.
* Время: $t = 25\\,200\\,000 / 24\\,000 = 1050$ с $= 17{,}5$ мин.
* Затраченная энергия: $E = 60\\,000 \\cdot 1050 = 63\\,000\\,000$ Дж $= 63$ МДж $= 17{,}5$ кВт·ч; проверка:
  $25{,}2 / 0{,}4 = 63$ МДж.
* Потери: $63 - 25{,}2 = 37{,}8$ МДж. Стоимость: $17{,}5 \\cdot 30 = 525$ ₸.

### Пример 3

Если у газовой печи КПД тоже 40 %, на один кузов нужно $25{,}2 / 0{,}4 = 63$ МДж теплоты, то есть сжечь
$63 / 44 \\approx 1{,}43$ кг природного газа. (Числа печи и тарифа придуманы для задачи, но похожи на настоящие.)""",
            en="""### Example 2

The electric oven's heaters are 60 kW, its walls have 100 mm of insulation, its efficiency is 40 %. How long does the
360 kg body take to heat from 20 °C to 160 °C, how much energy does one body take, and what does it cost (1 kWh
costs 30 ₸)?

* The power that reaches the body: $0.4 \\cdot 60 = 24$ kW $= 24\\,000$ W.
* The time: $t = 25\\,200\\,000 / 24\\,000 = 1050$ s $= 17.5$ min.
* The energy spent: $E = 60\\,000 \\cdot 1050 = 63\\,000\\,000$ J $= 63$ MJ $= 17.5$ kWh; check: $25.2 / 0.4 = 63$ MJ.
* The losses: $63 - 25.2 = 37.8$ MJ. The cost: $17.5 \\cdot 30 = 525$ ₸.

### Example 3

If a gas-fired oven's efficiency is 40 % too, one body takes $25.2 / 0.4 = 63$ MJ of heat, that is, burning
$63 / 44 \\approx 1.43$ kg of natural gas. (The oven's and the tariff's numbers are made up for the task, but they
are like real ones.)"""),
        a.code("""s, minutes = pick({"kk": "с", "ru": "с", "en": "s"}), pick({"kk": "мин", "ru": "мин", "en": "min"})
MJ, kg = pick({"kk": "МДж", "ru": "МДж", "en": "MJ"}), pick({"kk": "кг", "ru": "кг", "en": "kg"})
t = paint_oven.heating_time(360, 20, 160, 60_000, 0.4)
E = paint_oven.energy_per_car(360, 20, 160, 0.4)
print(round(t), s, t / 60, minutes, round(E / 1e6, 3), MJ)
print(round(paint_oven.cost_per_car(360, 20, 160, 0.4, 30), 2), "₸")
print(round(paint_oven.gas_mass(paint_oven.heat(500, 360, 20, 160), 0.4), 2), kg)""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Дана былай дейді: «Қуаты екі есе үлкен жылытқыш бір кузовқа екі есе көп энергия жұмсайды». Төмендегі ұяшық 60 кВт
пен 120 кВт-ты салыстырады: қуат екі есе артса, уақыт екі есе азаяды, ал $E = Pt$ өзгермейді, 63 МДж: кузовқа сол
25,2 МДж керек, оған энергияның сол 40 %-ы жетеді. Бір кузовтың энергиясы пештің ПӘК-іне тәуелді, қуатқа емес. (Шын пеште қабырғалар жылуды үнемі
жоғалтады, сондықтан баяу қыздыру тіпті көбірек тұрады; біздің модельде ПӘК тұрақты.)""",
            ru="""### Верно ли?

Дана говорит: «Нагреватель вдвое большей мощности тратит на один кузов вдвое больше энергии». Ячейка ниже
сравнивает 60 кВт и 120 кВт: мощность вдвое больше — время вдвое меньше, а $E = Pt$ не меняется, 63 МДж: кузову нужны
те же 25,2 МДж, и до него доходят те же 40 % энергии. Энергия на один кузов зависит от КПД печи, а не от мощности. (В настоящей печи стены всё время теряют
теплоту, поэтому медленный нагрев обходится даже дороже; в нашей модели КПД постоянный.)""",
            en="""### Is it true?

Dana says: "A heater of twice the power spends twice the energy on one body." The cell below compares 60 kW and
120 kW: twice the power, half the time, and $E = Pt$ stays the same, 63 MJ: the body needs
the same 25.2 MJ, and the same 40 % of the energy reaches it. The energy per
body depends on the oven's efficiency, not on the power. (In a real oven the walls lose heat all the time, so slow
heating costs even more; in our model the efficiency is constant.)"""),
        a.code("""for power in (60, 120):
    r = paint_oven.oven(power, "100")
    print(power, round(r["t_heat"]), s, round(r["E"] / 1e6, 3), MJ)""", role="misconception"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Жоба: 360 кг кузов 20 °C-тан 160 °C-қа дейін пештің қыздыру аймағында 15 минутта (900 с) қызуы керек, бір кузовқа
20 кВт·сағ-тан артық электр жұмсалмауы керек, ал желі жылытқыштарға 100 кВт-тан артық бере алмайды. Қабырғаның
оқшаулауы: 50 мм (ПӘК 30 %), 100 мм (40 %) немесе 150 мм (50 %). Зертханада таңдамас бұрын бағалаңыз: кузовқа 7
кВт·сағ керек, демек $\\eta \\ge 7/20 = 0{,}35$ — қай оқшаулау жарайды? 900 с ішінде кузовқа секундына
$25\\,200\\,000 / 900 = 28\\,000$ Вт келуі керек: 40 %-да $P \\ge 70$ кВт, 50 %-да $P \\ge 56$ кВт.""",
            ru="""### Сначала оцените

Проект: кузов 360 кг должен нагреться от 20 °C до 160 °C в зоне нагрева печи за 15 минут (900 с), на один кузов
должно уходить не больше 20 кВт·ч электроэнергии, а линия даёт нагревателям не больше 100 кВт. Изоляция стен:
50 мм (КПД 30 %), 100 мм (40 %) или 150 мм (50 %). Прежде чем выбирать в лаборатории, оцените: кузову нужно 7 кВт·ч,
значит, $\\eta \\ge 7/20 = 0{,}35$ — какая изоляция подойдёт? За 900 с в кузов каждую секунду должно приходить
$25\\,200\\,000 / 900 = 28\\,000$ Вт: при 40 % $P \\ge 70$ кВт, при 50 % $P \\ge 56$ кВт.""",
            en="""### Estimate first

The project: the 360 kg body must heat from 20 °C to 160 °C in the oven's heat-up zone within 15 minutes (900 s),
one body may take at most 20 kWh of electricity, and the supply line gives the heaters at most 100 kW. The walls'
insulation: 50 mm (efficiency 30 %), 100 mm (40 %) or 150 mm (50 %). Before you choose in the lab, estimate: the
body needs 7 kWh, so $\\eta \\ge 7/20 = 0.35$: which insulation will do? Within 900 s the body must get
$25\\,200\\,000 / 900 = 28\\,000$ W every second: at 40 % $P \\ge 70$ kW, at 50 % $P \\ge 56$ kW."""),
        a.design_lab("""design_lab = paint_oven.make_lab("oven")
design_lab"""),
        a.text(
            kk="""Жылытқыштардың қуаты мен оқшаулауды барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын
басыңыз. ▶ батырмасымен кузовтың қызуын көріңіз. Бағалауыңыз расталды ма? Талаптарды орындайтын тағы бір жобаны
табыңыз: зауытқа қайсысы тиімді (қалың оқшаулау қымбат, бірақ әр кузовтың энергиясын үнемдейді)?""",
            ru="""Подберите мощность нагревателей и изоляцию так, чтобы выполнялись все требования, и нажмите **Проверить
проект**. Посмотрите на нагрев кузова кнопкой ▶. Подтвердилась ли ваша оценка? Найдите ещё один проект, который
выполняет требования: какой выгоднее заводу (толстая изоляция дороже, но экономит энергию на каждом кузове)?""",
            en="""Choose the heaters' power and the insulation so that every requirement holds, and press **Check the design**.
Watch the body heat up with ▶. Was your estimate right? Find another design that meets the requirements: which one
suits the plant better (thick insulation costs more, but saves energy on every body)?"""),
        a.summary(
            kk="""## Қорытынды

* Жылытқыштың энергиясы $E = Pt$; **қуат** $P$ ваттпен, энергия джоульмен немесе **кВт·сағ**-пен.
* Отын жанғанда $Q = qm$; **отынның меншікті жану жылуы** табиғи газ үшін 44 МДж/кг.
* **Пайдалы әсер коэффициенті** $\\eta = Q_1/Q_2$; **жылу балансы**: жұмсалған энергия = пайдалы жылу + шығындар.
* Қыздыру уақыты $t = c\\,m\\,(t_2 - t_1)/(\\eta P)$; бір кузовтың энергиясы $Q/\\eta$ қуатқа тәуелді емес.""",
            ru="""## Итоги

* Энергия нагревателя $E = Pt$; **мощность** $P$ в ваттах, энергия в джоулях или **кВт·ч**.
* При сгорании топлива $Q = qm$; **удельная теплота сгорания топлива** природного газа 44 МДж/кг.
* **Коэффициент полезного действия** $\\eta = Q_1/Q_2$; **тепловой баланс**: затраченная энергия = полезная теплота +
  потери.
* Время нагрева $t = c\\,m\\,(t_2 - t_1)/(\\eta P)$; энергия на один кузов $Q/\\eta$ не зависит от мощности.""",
            en="""## Summary

* A heater's energy is $E = Pt$; the **power** $P$ in watts, the energy in joules or **kWh**.
* Burning fuel gives $Q = qm$; natural gas's **heat of combustion** is 44 MJ/kg.
* The **efficiency** is $\\eta = Q_1/Q_2$; the **heat balance**: the energy spent = the useful heat + the losses.
* The heating time is $t = c\\,m\\,(t_2 - t_1)/(\\eta P)$; the energy per body, $Q/\\eta$, does not depend on the
  power."""),
        a.reflection(
            kk="""## Рефлексия

1. Пештің энергиясы қайда кетеді? Екі шығынды атап, оны қалай азайтуға болатынын айтыңыз.
2. Жобалағанда қай талап ең қиын болды және неге?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Куда уходит энергия печи? Назовите две потери и скажите, как их можно уменьшить.
2. Какое требование было самым трудным при проектировании и почему?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Where does the oven's energy go? Name two losses and say how they could be made smaller.
2. Which requirement was the hardest in the design, and why?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import paint_oven

# [kk] болаттың меншікті жылу сыйымдылығы, Дж/(кг·°C)
# [ru] удельная теплоёмкость стали, Дж/(кг·°C)
# [en] the specific heat capacity of steel, J/(kg·°C)
C_STEEL = 500
# [kk] формулалардың әріптері; оларға сан бермеңіз
# [ru] буквы формул; не присваивайте им чисел
# [en] the letters of the formulas; do not give them numbers
c, m, t1, t2, eta, P = sp.symbols("c m t1 t2 eta P", positive=True)"""

AS_DIFFERENCE = '''def as_difference(x):
    return x.to(ureg.kelvin) if hasattr(x, "to") and x.dimensionality == ureg.kelvin.dimensionality else x'''


def _mistakes() -> dict[str, object]:
    """The anticipated mistakes whose messages both the self-checks and the hidden checks give."""
    c, m, t1, t2, eta, P = sp.symbols("c m t1 t2 eta P", positive=True)
    return {
        "absolute": rules.wrong_answer(448.15 * ureg.kelvin, code="absolute-for-difference", message={
            "kk": "Бұл — 175 °C-тың абсолют температурасы, айырма емес. Айырма: 175 − 15; pint-те 175 * ureg.degC — температура, айырма емес: ureg.kelvin немесе ureg.delta_degC алыңыз.",
            "ru": "Это абсолютная температура 175 °C, а не разность. Разность: 175 − 15; в pint 175 * ureg.degC — температура, а не разность: пишите ureg.kelvin или ureg.delta_degC.",
            "en": "That is the absolute temperature of 175 °C, not a difference. The difference is 175 − 15; in pint 175 * ureg.degC is a temperature, not a difference: write ureg.kelvin or ureg.delta_degC."}),
        "degC-as-difference": rules.wrong_answer(433.15 * ureg.kelvin, code="absolute-for-difference", message={
            "kk": "pint-те 160 * ureg.degC — 160 °C температурасы (433 K), айырма емес. Айырманы 160 * ureg.kelvin немесе 160 * ureg.delta_degC деп жазыңыз.",
            "ru": "В pint 160 * ureg.degC — это температура 160 °C (433 K), а не разность. Запишите разность как 160 * ureg.kelvin или 160 * ureg.delta_degC.",
            "en": "In pint 160 * ureg.degC is the temperature 160 °C (433 K), not a difference. Write the difference as 160 * ureg.kelvin or 160 * ureg.delta_degC."}),
        "added": rules.wrong_answer(190 * ureg.kelvin, code="temperatures-added", message={
            "kk": "Айырма азайту арқылы табылады: t₂ − t₁, қосу емес.",
            "ru": "Разность находят вычитанием: t₂ − t₁, а не сложением.",
            "en": "A difference is found by subtracting: t₂ − t₁, not by adding."}),
        "prefix": rules.wrong_answer(32 * ureg.kilojoule, code="prefix", message={
            "kk": "Префиксті тексеріңіз: 1 МДж = 1000 кДж = 1 000 000 Дж.",
            "ru": "Проверьте приставку: 1 МДж = 1000 кДж = 1 000 000 Дж.",
            "en": "Check the prefix: 1 MJ = 1000 kJ = 1 000 000 J."}),
        "end-only": rules.wrong_answer(35 * ureg.megajoule, code="start-temperature-forgotten", message={
            "kk": "Кузов 0 °C-тан емес, 15 °C-тан қызады: формулаға айырма t₂ − t₁ кіреді.",
            "ru": "Кузов нагревается не от 0 °C, а от 15 °C: в формулу входит разность t₂ − t₁.",
            "en": "The body warms from 15 °C, not from 0 °C: the formula holds the difference t₂ − t₁."}),
        "kelvin-end": rules.wrong_answer(500 * 400 * 448.15 * ureg.joule, code="absolute-for-difference", message={
            "kk": "Абсолют температура алынған: Q = c·m·(t₂ − t₁) формуласына температуралардың айырмасы кіреді.",
            "ru": "Взята абсолютная температура: в формулу Q = c·m·(t₂ − t₁) входит разность температур.",
            "en": "An absolute temperature was used: the formula Q = c·m·(t₂ − t₁) holds the difference of temperatures."}),
        "eta-times": rules.wrong_answer(c * m * (t2 - t1) * eta / P, code="efficiency-upside-down", message={
            "kk": "ПӘК бөлімде тұруы керек: кузовқа секундына ηP келеді, сондықтан t = Q/(ηP); ПӘК аз болса, уақыт көп.",
            "ru": "КПД должен стоять в знаменателе: в кузов приходит ηP в секунду, поэтому t = Q/(ηP); чем меньше КПД, тем дольше.",
            "en": "The efficiency belongs below the line: ηP reaches the body each second, so t = Q/(ηP); the lower the efficiency, the longer."}),
        "upside-down": rules.wrong_answer(eta * P / (c * m * (t2 - t1)), code="time-upside-down", message={
            "kk": "Бөлшек аударылған: уақыт = қажет жылу мөлшері / кузовқа бір секундта келетін энергия.",
            "ru": "Дробь перевёрнута: время = нужное количество теплоты / энергия, приходящая в кузов за секунду.",
            "en": "The fraction is upside down: the time is the heat needed over the energy reaching the body each second."}),
        "eta-forgotten": rules.wrong_answer(c * m * (t2 - t1) / P, code="efficiency-forgotten", message={
            "kk": "ПӘК ескерілмеген: жылытқыштың қуатының бәрі кузовқа бармайды.",
            "ru": "Не учтён КПД: не вся мощность нагревателей идёт в кузов.",
            "en": "The efficiency was left out: not all the heaters' power goes into the body."}),
        "time-eta-forgotten": rules.wrong_answer(400 * ureg.second, code="efficiency-forgotten", message={
            "kk": "ПӘК ескерілмеген: кузовқа секундына 80 кВт емес, оның 40 %-ы ғана келеді.",
            "ru": "Не учтён КПД: в кузов приходит не 80 кВт, а лишь 40 % от них.",
            "en": "The efficiency was left out: the body gets not 80 kW but only 40 % of it."}),
        "time-eta-times": rules.wrong_answer(160 * ureg.second, code="efficiency-upside-down", message={
            "kk": "ПӘК-ке көбейтілген: ол бөлуі керек, t = Q/(ηP), ал ПӘК 1-ден кіші болғандықтан уақыт ұзарады.",
            "ru": "Умножено на КПД, а делить нужно: t = Q/(ηP), и так как КПД меньше 1, время растёт.",
            "en": "Multiplied by the efficiency where it divides: t = Q/(ηP), and as the efficiency is below 1 the time grows."}),
        "gas-eta-forgotten": rules.wrong_answer(32 / 44 * ureg.kilogram, code="efficiency-forgotten", message={
            "kk": "ПӘК ескерілмеген: газдың жылуының жартысы ғана кузовқа барады, сондықтан газ көбірек керек.",
            "ru": "Не учтён КПД: в кузов идёт лишь половина теплоты газа, поэтому газа нужно больше.",
            "en": "The efficiency was left out: only half the gas's heat reaches the body, so more gas is needed."}),
        "gas-eta-times": rules.wrong_answer(32 * 0.5 / 44 * ureg.kilogram, code="efficiency-upside-down", message={
            "kk": "ПӘК-ке көбейтілген: жұмсалған жылу пайдалыдан көп, Q₂ = Q₁/η.",
            "ru": "Умножено на КПД: затраченная теплота больше полезной, Q₂ = Q₁/η.",
            "en": "Multiplied by the efficiency: the heat spent is more than the useful heat, Q₂ = Q₁/η."}),
    }


COST_MISTAKES = {
    "eta-times": {"kk": "ПӘК-ке көбейтілген: электр энергиясы пайдалы жылудан көп жұмсалады, E = Q/η.",
                  "ru": "Умножено на КПД: электроэнергии тратится больше, чем полезной теплоты, E = Q/η.",
                  "en": "Multiplied by the efficiency: more electricity is spent than the useful heat, E = Q/η."},
    "joules": {"kk": "Тариф 1 кВт·сағ үшін берілген: джоульді 3 600 000-ға бөліп, кВт·сағ-қа айналдырыңыз.",
               "ru": "Тариф дан за 1 кВт·ч: переведите джоули в кВт·ч, разделив на 3 600 000.",
               "en": "The tariff is per kWh: turn the joules into kWh by dividing by 3 600 000."},
    "end-only": {"kk": "Кузов t_start температурасынан қызады: формулаға t_end − t_start айырмасы кіреді.",
                 "ru": "Кузов нагревается от t_start: в формулу входит разность t_end − t_start.",
                 "en": "The body warms from t_start: the formula holds the difference t_end − t_start."},
}
"""The public test's messages for the cost function's typical mistakes, at the task's example (525 ₸)."""


RULE_ANSWERS = {"absolute": "448.15 * ureg.kelvin", "degC-as-difference": "433.15 * ureg.kelvin",
                "added": "190 * ureg.kelvin", "prefix": "32 * ureg.kilojoule", "end-only": "35 * ureg.megajoule", "kelvin-end": "500 * 400 * 448.15 * ureg.joule",
                "eta-times": "c * m * (t2 - t1) * eta / P", "upside-down": "eta * P / (c * m * (t2 - t1))", "eta-forgotten": "c * m * (t2 - t1) / P",
                "time-eta-forgotten": "400 * ureg.second", "time-eta-times": "160 * ureg.second",
                "gas-eta-forgotten": "32 / 44 * ureg.kilogram", "gas-eta-times": "32 * 0.5 / 44 * ureg.kilogram"}


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    c, m, t1, t2, eta, P = sp.symbols("c m t1 t2 eta P", positive=True)
    k = _mistakes()
    return {
        "dT": fingerprint(160 * ureg.kelvin, rtol=0.005, mistakes=[k["absolute"], k["degC-as-difference"], k["added"]],
                          salt=salt("dT")),
        "Q_body": fingerprint(32 * ureg.megajoule, rtol=0.01, mistakes=[k["end-only"], k["kelvin-end"], k["prefix"]],
                              salt=salt("Q_body")),
        "t_expr": fingerprint(c * m * (t2 - t1) / (eta * P), mistakes=[k["eta-times"], k["eta-forgotten"], k["upside-down"]],
                              salt=salt("t_expr")),
        "t_heat": fingerprint(1000 * ureg.second, rtol=0.01, mistakes=[k["time-eta-forgotten"], k["time-eta-times"]],
                              salt=salt("t_heat")),
        "m_gas": fingerprint(64 / 44 * ureg.kilogram, rtol=0.01,
                             mistakes=[k["gas-eta-forgotten"], k["gas-eta-times"]], salt=salt("m_gas")),
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
            kk="""# Бояу кептіру пеші: жылу мөлшері, ПӘК және қыздыру уақыты

Зауыт бояу цехына жаңа кроссовердің кузовын қосады: ол 400 кг болат, цехқа 15 °C-пен кіреді, ал оның бояуы
175 °C-та кебеді (барлық сандар ойдан алынған, бірақ шынайыға ұқсас). Бұл тапсырмада сіз температура айырмасын және
кузовқа қажет жылу мөлшерін табасыз, қыздыру уақытының формуласын жазасыз, электр пешінде қыздыру уақытын және газ
пешінде жағылатын газды есептейсіз, бір кузовтың құнын есептейтін функция жазасыз, зертханада пешті жобалайсыз
және қуат туралы пікірді бағалайсыз. Уақыты — 45 минут.""",
            ru="""# Печь сушки краски: количество теплоты, КПД и время нагрева

Завод добавляет в окрасочный цех кузов нового кроссовера: это 400 кг стали, в цех он приходит с температурой
15 °C, а его краска сушится при 175 °C (все числа придуманы для задачи, но похожи на настоящие). В этом задании вы
найдёте разность температур и количество теплоты для кузова, запишете формулу времени нагрева, вычислите время
нагрева в электрической печи и массу газа, сжигаемого в газовой печи, напишете функцию стоимости одного кузова,
спроектируете печь в лаборатории и оцените утверждение о мощности. Время — 45 минут.""",
            en="""# The paint curing oven: the quantity of heat, efficiency and the heating time

The plant adds a new crossover's body to the paint shop: it is 400 kg of steel, comes into the shop at 15 °C, and its
paint cures at 175 °C (all the numbers are made up for the task, but they are like real ones). In this assignment
you find the temperature difference and the quantity of heat the body needs, write the formula of the heating time,
compute the heating time in an electric oven and the gas a gas-fired oven burns, write a function for the cost per
body, design the oven in the lab, and judge a claim about power. Time: 45 minutes."""),
        a.formula(r"$$Q = c\,m\,(t_2 - t_1),\qquad E = P\,t,\qquad Q = q\,m,\qquad \eta = \frac{Q_1}{Q_2}$$"),
        a.text(
            kk="""Белгілеулер: $c$ — меншікті жылу сыйымдылығы (болат үшін 500 Дж/(кг·°C), бірінші код ұяшығындағы
`C_STEEL`), $m$ — масса (кг), $t_1, t_2$ — бастапқы және соңғы температура (°C), $Q$ — жылу мөлшері (Дж), $P$ —
қуат (Вт), $\\eta$ — ПӘК (40 % = 0,4), $q$ — отынның меншікті жану жылуы (табиғи газ үшін 44 МДж/кг).

**Жауапты қалай жазу керек.** Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `5 * ureg.kelvin`,
`7 * ureg.joule`, `3 * ureg.megajoule`, `2 * ureg.kilowatt_hour`, `9 * ureg.second`, `4 * ureg.minute`,
`6 * ureg.kilogram`. Бірінші код ұяшығындағы `c, m, t1, t2, eta, P` әріптеріне сан меншіктемеңіз. Әр тапсырманың
астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru="""Обозначения: $c$ — удельная теплоёмкость (у стали 500 Дж/(кг·°C), `C_STEEL` в первой ячейке кода), $m$ —
масса (кг), $t_1, t_2$ — начальная и конечная температура (°C), $Q$ — количество теплоты (Дж), $P$ — мощность (Вт),
$\\eta$ — КПД (40 % = 0,4), $q$ — удельная теплота сгорания топлива (у природного газа 44 МДж/кг).

**Как записывать ответы.** Величину с единицей измерения записывайте через `ureg`: `5 * ureg.kelvin`,
`7 * ureg.joule`, `3 * ureg.megajoule`, `2 * ureg.kilowatt_hour`, `9 * ureg.second`, `4 * ureg.minute`,
`6 * ureg.kilogram`. Не присваивайте числа буквам `c, m, t1, t2, eta, P` из первой ячейки кода. Запускайте
тестовую ячейку под каждой задачей: она проверяет форму ответа.""",
            en="""Notation: $c$ is the specific heat capacity (steel's is 500 J/(kg·°C), `C_STEEL` in the first code cell), $m$ a
mass (kg), $t_1, t_2$ the starting and final temperature (°C), $Q$ a quantity of heat (J), $P$ a power (W), $\\eta$ the
efficiency (40 % = 0.4), $q$ a heat of combustion (natural gas's is 44 MJ/kg).

**How to write answers.** Write a quantity with a unit through `ureg`: `5 * ureg.kelvin`, `7 * ureg.joule`,
`3 * ureg.megajoule`, `2 * ureg.kilowatt_hour`, `9 * ureg.second`, `4 * ureg.minute`, `6 * ureg.kilogram`. Do not
assign numbers to the letters `c, m, t1, t2, eta, P` of the first code cell. Run the test cell under each task: it
checks the form of your answer."""),

        a.text(kk="## А бөлім. Жылу мөлшері", ru="## Часть А. Количество теплоты", en="## Part A. The quantity of heat"),
        a.task(1, 1, "A",
               kk="""Кузов 15 °C-тан 175 °C-қа дейін қызады. Температура айырмасын `dT` кельвинмен жазыңыз (`ureg.kelvin`,
немесе `ureg.delta_degC` — Цельсий шкаласындағы айырма). Ескертпе: pint-те `20 * ureg.degC` — 20 °C температурасы,
айырма емес.""",
               ru="""Кузов нагревается от 15 °C до 175 °C. Запишите разность температур `dT` в кельвинах (`ureg.kelvin`, или
`ureg.delta_degC` — разность в градусах Цельсия). Внимание: в pint `20 * ureg.degC` — это температура 20 °C, а не
разность.""",
               en="""The body heats from 15 °C to 175 °C. Write the temperature difference `dT` in kelvins (`ureg.kelvin`, or
`ureg.delta_degC`, a difference in degrees Celsius). Mind: in pint `20 * ureg.degC` is the temperature 20 °C, not a
difference."""),
        a.answer("temperature-difference", "dT = (175 - 15) * ureg.kelvin", before="# dT = ... * ureg.kelvin"),
        a.tests("temperature-difference-test", 1, public=f"""{AS_DIFFERENCE}
require(compare(dT, "K", mode="dimension"))
advise(self_check(as_difference(dT), "{token['dT']}"))""", hidden=f"""from curriculum.check import rules
{AS_DIFFERENCE}
require(compare(as_difference(dT), "160 K", mode="units", rtol=0.005, rules=[
    {_rule_source("absolute")},
    {_rule_source("degC-as-difference")},
    {_rule_source("added")}]))"""),

        a.task(2, 2, "A",
               kk="""Кузовты 15 °C-тан 175 °C-қа дейін қыздыруға қанша жылу керек? `Q_body` жылу мөлшерін джоульмен,
мегаджоульмен немесе киловатт-сағатпен жазыңыз (`ureg.joule`, `ureg.megajoule`, `ureg.kilowatt_hour`); 1 %
дәлдікпен есептелген жауап қабылданады.""",
               ru="""Сколько теплоты нужно, чтобы нагреть кузов от 15 °C до 175 °C? Запишите количество теплоты `Q_body` в
джоулях, мегаджоулях или киловатт-часах (`ureg.joule`, `ureg.megajoule`, `ureg.kilowatt_hour`); принимается ответ с
точностью до 1 %.""",
               en="""How much heat does it take to warm the body from 15 °C to 175 °C? Write the quantity of heat `Q_body` in
joules, megajoules or kilowatt-hours (`ureg.joule`, `ureg.megajoule`, `ureg.kilowatt_hour`); an answer within 1 % is
accepted."""),
        a.answer("body-heat", "Q_body = C_STEEL * 400 * (175 - 15) * ureg.joule", before="# Q_body = ... * ureg.joule"),
        a.tests("body-heat-test", 2, public=f"""require(compare(Q_body, "J", mode="dimension"))
advise(self_check(Q_body, "{token['Q_body']}"))""", hidden=f"""from curriculum.check import rules
require(compare(Q_body, "32 MJ", mode="units", rtol=0.01, rules=[
    {_rule_source("end-only")},
    {_rule_source("kelvin-end")},
    {_rule_source("prefix")}]), points=2)"""),

        a.task(3, 1, "A",
               kk="""Қуаты $P$, ПӘК-і $\\eta$ пеш массасы $m$, меншікті жылу сыйымдылығы $c$ денені $t_1$-ден $t_2$-ге дейін
қанша уақытта қыздырады? Уақытты `t_expr` деп, бірінші код ұяшығындағы әріптермен sympy өрнегі түрінде жазыңыз
(түрінің мысалы, жауап емес: `t_expr = c * m / P`).""",
               ru="""За какое время печь мощностью $P$ с КПД $\\eta$ нагреет тело массой $m$ с удельной теплоёмкостью $c$ от $t_1$
до $t_2$? Запишите время `t_expr` выражением sympy из букв первой ячейки кода (пример формы, не ответ:
`t_expr = c * m / P`).""",
               en="""How long does an oven of power $P$ and efficiency $\\eta$ take to warm a body of mass $m$ and specific heat
capacity $c$ from $t_1$ to $t_2$? Write the time `t_expr` as a sympy expression of the letters of the first code cell
(an example of the form, not the answer: `t_expr = c * m / P`)."""),
        a.answer("time-formula", "t_expr = c * m * (t2 - t1) / (eta * P)", hint={
            "kk": "t_expr = ...  (c, m, t1, t2, eta, P әріптерінен sympy өрнегі)",
            "ru": "t_expr = ...  (выражение sympy из букв c, m, t1, t2, eta, P)",
            "en": "t_expr = ...  (a sympy expression of c, m, t1, t2, eta, P)"}),
        a.tests("time-formula-test", 1, public=f"""assert isinstance(t_expr, sp.Expr), pick({{"kk": "t_expr — c, m, t1, t2, eta, P әріптерінен құрылған sympy өрнегі болуы керек.", "ru": "t_expr должно быть выражением sympy из букв c, m, t1, t2, eta, P.", "en": "t_expr should be a sympy expression made of c, m, t1, t2, eta, P."}})
advise(self_check(t_expr, "{token['t_expr']}"))""", hidden=f"""from curriculum.check import rules
require(compare(t_expr, "c*m*(t2 - t1)/(eta*P)", rules=[
    {_rule_source("eta-times")},
    {_rule_source("eta-forgotten")},
    {_rule_source("upside-down")}]))"""),

        a.text(kk="## Ә бөлім. Пештің энергиясы", ru="## Часть Б. Энергия печи", en="## Part B. The oven's energy"),
        a.task(4, 2, "B",
               kk="""Электр пешінің жылытқыштары 80 кВт, ПӘК-і 40 %. Кузов 15 °C-тан 175 °C-қа дейін қанша уақытта қызады?
`t_heat` уақытын секундпен, минутпен немесе сағатпен жазыңыз (`ureg.second`, `ureg.minute`, `ureg.hour`); 1 %
дәлдікпен есептелген жауап қабылданады.""",
               ru="""Нагреватели электрической печи — 80 кВт, КПД 40 %. За какое время кузов нагреется от 15 °C до 175 °C?
Запишите время `t_heat` в секундах, минутах или часах (`ureg.second`, `ureg.minute`, `ureg.hour`); принимается ответ
с точностью до 1 %.""",
               en="""The electric oven's heaters are 80 kW, its efficiency 40 %. How long does the body take to heat from 15 °C to
175 °C? Write the time `t_heat` in seconds, minutes or hours (`ureg.second`, `ureg.minute`, `ureg.hour`); an answer
within 1 % is accepted."""),
        a.answer("heating-time", "t_heat = C_STEEL * 400 * (175 - 15) / (0.4 * 80_000) * ureg.second",
                 before="# t_heat = ... * ureg.second"),
        a.tests("heating-time-test", 2, public=f"""require(compare(t_heat, "s", mode="dimension"))
advise(self_check(t_heat, "{token['t_heat']}"))""", hidden=f"""from curriculum.check import rules
require(compare(t_heat, "1000 s", mode="units", rtol=0.01, rules=[
    {_rule_source("time-eta-forgotten")},
    {_rule_source("time-eta-times")}]), points=2)"""),

        a.task(5, 2, "B",
               kk="""Көрші цехтың пеші табиғи газбен жұмыс істейді, оның ПӘК-і 50 %. Бір кузовты 15 °C-тан 175 °C-қа дейін
қыздыру үшін қанша газ жағылады? `m_gas` массасын килограммен немесе граммен жазыңыз (`ureg.kilogram`,
`ureg.gram`); 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""Печь соседнего цеха работает на природном газе, её КПД 50 %. Сколько газа сжигается, чтобы нагреть один
кузов от 15 °C до 175 °C? Запишите массу `m_gas` в килограммах или граммах (`ureg.kilogram`, `ureg.gram`);
принимается ответ с точностью до 1 %.""",
               en="""The neighbouring shop's oven burns natural gas, with an efficiency of 50 %. How much gas does it burn to heat
one body from 15 °C to 175 °C? Write the mass `m_gas` in kilograms or grams (`ureg.kilogram`, `ureg.gram`); an
answer within 1 % is accepted."""),
        a.answer("gas-mass", "m_gas = C_STEEL * 400 * (175 - 15) / (0.5 * 44e6) * ureg.kilogram",
                 before="# m_gas = ... * ureg.kilogram"),
        a.tests("gas-mass-test", 2, public=f"""require(compare(m_gas, "kg", mode="dimension"))
advise(self_check(m_gas, "{token['m_gas']}"))""", hidden=f"""from curriculum.check import rules
require(compare(m_gas, "{64 / 44!r} kg", mode="units", rtol=0.01, rules=[
    {_rule_source("gas-eta-forgotten")},
    {_rule_source("gas-eta-times")}]), points=2)"""),

        a.task(6, 2, "B",
               kk="""`cost_per_car(mass, t_start, t_end, efficiency, tariff)` функциясын жазыңыз: ол массасы `mass` кг болат
кузовты `t_start`-тан `t_end` °C-қа дейін ПӘК-і `efficiency` (үлес, мысалы 0,4) электр пешінде қыздыруға жұмсалатын
электр энергиясының құнын теңгемен қайтарсын, 1 кВт·сағ бағасы `tariff` ₸ (1 кВт·сағ $= 3\\,600\\,000$ Дж; `C_STEEL`
бірінші код ұяшығында). Ол сан қайтарады, өлшем бірлігінсіз. Мысалы, `cost_per_car(360, 20, 160, 0.4, 30)` нәтижесі
`525.0` (екінші сабақтың 2-мысалы).""",
               ru="""Напишите функцию `cost_per_car(mass, t_start, t_end, efficiency, tariff)`: она возвращает в тенге стоимость
электроэнергии, которая уходит на нагрев стального кузова массой `mass` кг от `t_start` до `t_end` °C в
электрической печи с КПД `efficiency` (доля, например 0,4) при цене `tariff` ₸ за 1 кВт·ч (1 кВт·ч $= 3\\,600\\,000$ Дж;
`C_STEEL` — в первой ячейке кода). Она возвращает число без единицы измерения. Например,
`cost_per_car(360, 20, 160, 0.4, 30)` даёт `525.0` (пример 2 второго урока).""",
               en="""Write the function `cost_per_car(mass, t_start, t_end, efficiency, tariff)`: it returns, in tenge, what the
electricity costs that heats a steel body of `mass` kg from `t_start` to `t_end` °C in an electric oven of efficiency
`efficiency` (a share, such as 0.4) at `tariff` ₸ per kWh (1 kWh $= 3\\,600\\,000$ J; `C_STEEL` is in the first code
cell). It returns a number, without a unit. For example, `cost_per_car(360, 20, 160, 0.4, 30)` gives `525.0`
(example 2 of the second lesson)."""),
        a.answer("cost-function", """def cost_per_car(mass, t_start, t_end, efficiency, tariff):
    heat = C_STEEL * mass * (t_end - t_start)
    return heat / efficiency / 3_600_000 * tariff""", hint={
            "kk": "def cost_per_car(mass, t_start, t_end, efficiency, tariff): ... бір кузовтың құны, ₸",
            "ru": "def cost_per_car(mass, t_start, t_end, efficiency, tariff): ... стоимость одного кузова, ₸",
            "en": "def cost_per_car(mass, t_start, t_end, efficiency, tariff): ... the cost per body, ₸"}),
        a.tests("cost-function-test", 2, public=f"""assert callable(cost_per_car), pick({{"kk": "cost_per_car — функция болуы керек (def cost_per_car(mass, t_start, t_end, efficiency, tariff): ...).", "ru": "cost_per_car должна быть функцией (def cost_per_car(mass, t_start, t_end, efficiency, tariff): ...).", "en": "cost_per_car should be a function (def cost_per_car(mass, t_start, t_end, efficiency, tariff): ...)."}})
from curriculum.check import rules
require(compare(cost_per_car(360, 20, 160, 0.4, 30), 525, mode="numeric", rtol=1e-6, rules=[
    rules.wrong_answer(84, code="efficiency-upside-down", message=lambda: pick({COST_MISTAKES["eta-times"]!r})),
    rules.wrong_answer(1.89e9, code="joules-not-kwh", message=lambda: pick({COST_MISTAKES["joules"]!r})),
    rules.wrong_answer(600, code="start-temperature-forgotten", message=lambda: pick({COST_MISTAKES["end-only"]!r}))]))""",
                hidden="""require(check_function(cost_per_car, paint_oven.cost_per_car, rtol=1e-6,
                       inputs=[(360, 20, 160, 0.4, 30), (400, 15, 175, 0.4, 30), (400, 15, 175, 0.3, 30),
                               (250, 18, 140, 0.5, 28.5), (1000, 20, 180, 0.35, 32), (360, 20, 20, 0.4, 30),
                               (120, -10, 160, 0.45, 30), (360, 20, 160, 1.0, 1)]))"""),

        a.text(kk="## Б бөлім. Пешті жобалау", ru="## Часть В. Проект печи", en="## Part C. Designing the oven"),
        a.task(7, 2, "C",
               kk="""Екінші сабақтың 360 кг кузовы 20 °C-тан 160 °C-қа дейін 15 минутта (900 с) қызуы керек, бір кузовқа
20 кВт·сағ-тан артық электр жұмсалмауы керек, жылытқыштардың қуаты 100 кВт-тан аспайды. Жылытқыштардың қуаты мен
қабырғаның оқшаулауын зертханада таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен
`design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru="""Кузов 360 кг из второго урока должен нагреться от 20 °C до 160 °C за 15 минут (900 с), на один кузов должно
уходить не больше 20 кВт·ч электроэнергии, мощность нагревателей не больше 100 кВт. Подберите в лаборатории мощность
нагревателей и изоляцию стен, нажмите **Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`,
которую показывает лаборатория.""",
               en="""The second lesson's 360 kg body must heat from 20 °C to 160 °C within 15 minutes (900 s), one body may take
at most 20 kWh of electricity, and the heaters' power may be at most 100 kW. Choose the heaters' power and the walls'
insulation in the lab, press **Check the design**, then copy the line `design = {...}` that the lab shows into the
answer cell."""),
        a.code("""paint_oven.make_lab("oven")"""),
        a.answer("design", "design = {'power': 75.0, 'insulation': '100'}",
                 before="# design = {'power': ..., 'insulation': ...}"),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {"power", "insulation"} <= set(design), pick({"kk": "design = {'power': ..., 'insulation': ...} (зертхана көрсететін жол)", "ru": "design = {'power': ..., 'insulation': ...} (строка, которую показывает лаборатория)", "en": "design = {'power': ..., 'insulation': ...} (the line the lab shows)"})
advise(check_design(design, paint_oven.DESIGN_SPEC, model=paint_oven.design_result))""",
                hidden="""require(check_design(design, paint_oven.DESIGN_SPEC, model=paint_oven.design_result))"""),

        a.task(8, 3, "C", locked_id="power-explain-prompt",
               kk="""Дана былай дейді: «Жылытқыштардың қуатын 80 кВт-тан 40 кВт-қа дейін азайтайық: пеш бір кузовқа екі есе аз
энергия жұмсайды». 4-тапсырманың пешін алыңыз (ПӘК 40 %, 400 кг кузов, 15 °C-тан 175 °C-қа дейін). 80 кВт және
40 кВт қуатта қыздыру уақытын және бір кузовқа жұмсалатын энергияны есептеңіз. Дана дұрыс па? Шын пеште баяу
қыздырудың тағы қандай кемшілігі бар? Бір кузовтың энергиясын шын мәнінде не азайтады? Жауапты төмендегі ұяшыққа
сөзбен және есептеулермен жазыңыз.""",
               ru="""Дана говорит: «Уменьшим мощность нагревателей с 80 кВт до 40 кВт: печь будет тратить на один кузов вдвое
меньше энергии». Возьмите печь из задачи 4 (КПД 40 %, кузов 400 кг, от 15 °C до 175 °C). Вычислите время нагрева и
энергию на один кузов при 80 кВт и при 40 кВт. Права ли Дана? Какой ещё недостаток у медленного нагрева в настоящей
печи? Что на самом деле уменьшает энергию на один кузов? Напишите ответ словами и с вычислениями в ячейке ниже.""",
               en="""Dana says: "Let's cut the heaters' power from 80 kW to 40 kW: the oven will spend half the energy on each
body." Take the oven of task 4 (efficiency 40 %, a 400 kg body, from 15 °C to 175 °C). Compute the heating time and
the energy per body at 80 kW and at 40 kW. Is Dana right? What else is wrong with slow heating in a real oven? What
really cuts the energy per body? Write your answer in words and with calculations in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: кузовқа $Q = 500 \\cdot 400 \\cdot 160 = 32$ МДж керек; 80 кВт-та $t = 32\\,000\\,000/(0{,}4 \\cdot 80\\,000) = 1000$ с,
  40 кВт-та 2000 с (екі есе ұзақ).
* 1 ұпай: екі жағдайда да $E = Pt = Q/\\eta = 80$ МДж (шамамен 22,2 кВт·сағ): энергия азаймайды, Дана қателеседі;
  қуат энергия емес, энергияның жұмсалу жылдамдығы.
* 1 ұпай: шын пеште қабырғалар жылуды үнемі жоғалтады, сондықтан баяу қыздыру көбірек энергия жұмсайды, ал
  конвейер кузовты 2000 с ұстай алмауы мүмкін; бір кузовтың энергиясын тек ПӘК-тің өсуі (қалың оқшаулау, ыстық
  ауаның жылуын пайдалану) немесе кузов массасының азаюы кемітеді.""",
                   "ru": """* 1 балл: кузову нужно $Q = 500 \\cdot 400 \\cdot 160 = 32$ МДж; при 80 кВт $t = 32\\,000\\,000/(0{,}4 \\cdot 80\\,000) = 1000$ с,
  при 40 кВт — 2000 с (вдвое дольше).
* 1 балл: в обоих случаях $E = Pt = Q/\\eta = 80$ МДж (около 22,2 кВт·ч): энергия не уменьшается, Дана ошибается;
  мощность — не энергия, а быстрота её расходования.
* 1 балл: в настоящей печи стены всё время теряют теплоту, поэтому медленный нагрев тратит больше энергии, а
  конвейер может не держать кузов 2000 с; энергию на кузов снижают только рост КПД (толстая изоляция,
  использование теплоты горячего воздуха) или меньшая масса кузова.""",
                   "en": """* 1 point: the body needs $Q = 500 \\cdot 400 \\cdot 160 = 32$ MJ; at 80 kW $t = 32\\,000\\,000/(0.4 \\cdot 80\\,000) = 1000$ s,
  at 40 kW 2000 s (twice as long).
* 1 point: in both cases $E = Pt = Q/\\eta = 80$ MJ (about 22.2 kWh): the energy does not go down, Dana is wrong;
  power is not energy but how fast it is spent.
* 1 point: in a real oven the walls lose heat all the time, so slow heating spends more energy, and the conveyor may
  not hold the body for 2000 s; what cuts the energy is a higher efficiency (thick insulation, recovering the
  exhaust air's heat) or a lighter body."""}),
        a.written("power-explain", 3, """**Model answer (en).** The body needs $Q = 500 \\cdot 400 \\cdot 160 = 32$ MJ. At 80 kW with an
efficiency of 40 %, $0.4 \\cdot 80\\,000 = 32\\,000$ W reach the body, so it heats in $32\\,000\\,000 / 32\\,000 = 1000$ s;
at 40 kW it takes 2000 s, twice as long. The energy spent is $E = Pt$: $80\\,000 \\cdot 1000 = 80$ MJ and
$40\\,000 \\cdot 2000 = 80$ MJ, the same (it is $Q/\\eta$, about 22.2 kWh). So Dana is wrong: half the power spends the
same energy over twice the time; power is how fast energy is spent, not how much. In a real oven it is even worse:
the walls lose heat all the time, so slow heating spends more, and the conveyor may not hold a body for 2000 s. What
cuts the energy per body is a higher efficiency (thicker insulation, recovering the heat of the exhaust air) or a
lighter body.

**Үлгі жауап (kk).** Кузовқа $Q = 500 \\cdot 400 \\cdot 160 = 32$ МДж керек. 80 кВт-та ПӘК 40 % болса, кузовқа
$0{,}4 \\cdot 80\\,000 = 32\\,000$ Вт келеді, ол $32\\,000\\,000 / 32\\,000 = 1000$ с-та қызады; 40 кВт-та 2000 с, екі есе
ұзақ. Жұмсалған энергия $E = Pt$: $80\\,000 \\cdot 1000 = 80$ МДж және $40\\,000 \\cdot 2000 = 80$ МДж — бірдей (ол $Q/\\eta$,
шамамен 22,2 кВт·сағ). Демек Дана қателеседі: қуат екі есе аз болса, сол энергия екі есе ұзақ жұмсалады; қуат —
энергияның мөлшері емес, оның жұмсалу жылдамдығы. Шын пеште одан да нашар: қабырғалар жылуды үнемі жоғалтады,
сондықтан баяу қыздыру көбірек жұмсайды, ал конвейер кузовты 2000 с ұстай алмауы мүмкін. Бір кузовтың энергиясын
ПӘК-ті арттыру (қалыңырақ оқшаулау, шығарылатын ауаның жылуын қайтару) немесе жеңілірек кузов азайтады.

**Образец ответа (ru).** Кузову нужно $Q = 500 \\cdot 400 \\cdot 160 = 32$ МДж. При 80 кВт и КПД 40 % в кузов приходит
$0{,}4 \\cdot 80\\,000 = 32\\,000$ Вт, и он нагревается за $32\\,000\\,000 / 32\\,000 = 1000$ с; при 40 кВт — за 2000 с, вдвое
дольше. Затраченная энергия $E = Pt$: $80\\,000 \\cdot 1000 = 80$ МДж и $40\\,000 \\cdot 2000 = 80$ МДж — одинаково (это
$Q/\\eta$, около 22,2 кВт·ч). Значит, Дана ошибается: при вдвое меньшей мощности та же энергия тратится вдвое дольше;
мощность — это быстрота расходования энергии, а не её количество. В настоящей печи ещё хуже: стены всё время теряют
теплоту, поэтому медленный нагрев тратит больше, а конвейер может не держать кузов 2000 с. Энергию на один кузов
уменьшают больший КПД (более толстая изоляция, возврат теплоты вытяжного воздуха) или более лёгкий кузов."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "paint_oven.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
