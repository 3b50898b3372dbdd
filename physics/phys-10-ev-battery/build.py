"""Writes phys-10-ev-battery's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python physics/phys-10-ev-battery/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_phys_10_ev_battery.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the tasks or comes from the lab's model (``curriculum.labs.battery``);
the module's test pins each one to the model.
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
MODULE = "phys-10-ev-battery"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """import math
from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import battery"""

CELL_TABLE = {
    "kk": """| шама | белгі | мәні |
|---|---|---|
| электр қозғаушы күш (ЭҚК) | $\\mathcal{E}$ | 3,6 В |
| сыйымдылық | $Q$ | 4,8 А·сағ |
| ішкі кедергі | $r$ | 0,025 Ом = 25 мОм |""",
    "ru": """| величина | обозначение | значение |
|---|---|---|
| электродвижущая сила (ЭДС) | $\\mathcal{E}$ | 3,6 В |
| ёмкость | $Q$ | 4,8 А·ч |
| внутреннее сопротивление | $r$ | 0,025 Ом = 25 мОм |""",
    "en": """| quantity | symbol | value |
|---|---|---|
| EMF | $\\mathcal{E}$ | 3.6 V |
| capacity | $Q$ | 4.8 Ah |
| internal resistance | $r$ | 0.025 Ω = 25 mΩ |""",
}


# -- lesson 1: cells in series and in parallel ------------------------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Электромобиль батареясы, 1-сабақ. Элементтерді тізбектей және параллель жалғау

Қостанайдағы зауыттың батарея цехында электромобильдің **аккумулятор батареясы** (battery pack) жиналады. Орташа
электромобильдің батареясында бір өлшемді төрт мыңнан астам цилиндр пішінді литий-иондық **элемент** (cell)
бар, әрқайсысы қолдағы фонарьдің батарейкасындай ғана. Мұншама элемент не үшін керек және оларды қалай жалғау
керек: тізбектей ме, әлде параллель ме? Бүгін батареяның кернеуі, энергиясы және ішкі кедергісі осы таңдауға
қалай тәуелді екенін көреміз.""",
            ru="""# Батарея электромобиля, урок 1. Элементы последовательно и параллельно

В цехе батарей завода в Костанае собирают **аккумуляторную батарею** (battery pack) электромобиля. В батарее
электромобиля среднего класса больше четырёх тысяч одинаковых цилиндрических литий-ионных **элементов** (cell),
каждый размером с батарейку карманного фонаря. Зачем столько элементов и как их соединить: последовательно или
параллельно? Сегодня мы увидим, как от этого выбора зависят напряжение, энергия и внутреннее сопротивление батареи.""",
            en="""# The battery of an electric car, lesson 1. Cells in series and in parallel

In the battery shop of the plant in Kostanay the **battery pack** of an electric car is assembled. The pack of a
mid-size electric car holds more than four thousand identical cylindrical lithium-ion **cells**, each the size of a
torch battery. Why so many cells, and how should they be connected: in series or in parallel? Today we see how the
voltage, the energy and the internal resistance of the pack depend on that choice."""),
        a.text(
            kk=f"""## 1. Бір элемент

21700 элементі — диаметрі 21 мм, ұзындығы 70 мм цилиндр. Оның деректер парағындағы әдеттегі мәндері:

{CELL_TABLE["kk"]}

Толық зарядталған элементте шамамен 4,2 В, заряды таусылғанда 2,5–3,0 В болады; 3,6 В — разряд кезіндегі орташа
(номинал) кернеу, модель оны элементтің **электр қозғаушы күші (ЭҚК)** (EMF) $\\mathcal{{E}}$ деп алады. Бір элементтің
энергиясы $W = \\mathcal{{E}} \\cdot Q = 3{{,}}6 \\cdot 4{{,}}8 \\approx 17{{,}}3$ Вт·сағ. Бұл ноутбукке де жетпейді:
ноутбук батареясы 40–100 Вт·сағ сақтайды, яғни осындай 3–6 элемент.

Ал 60 кВт·сағ үшін шамамен $60\\,000 / 17{{,}}28 \\approx 3472$ элемент керек.""",
            ru=f"""## 1. Один элемент

Элемент 21700 — цилиндр диаметром 21 мм и длиной 70 мм. Его типичные значения из паспорта:

{CELL_TABLE["ru"]}

У полностью заряженного элемента около 4,2 В, у разряженного 2,5–3,0 В; 3,6 В — среднее (номинальное) напряжение
при разряде, модель принимает его за **электродвижущую силу (ЭДС)** (EMF) элемента $\\mathcal{{E}}$. Энергия одного
элемента $W = \\mathcal{{E}} \\cdot Q = 3{{,}}6 \\cdot 4{{,}}8 \\approx 17{{,}}3$ Вт·ч. Этого не хватит даже ноутбуку:
батарея ноутбука хранит 40–100 Вт·ч, то есть 3–6 таких элементов.

А для 60 кВт·ч нужно около $60\\,000 / 17{{,}}28 \\approx 3472$ элементов.""",
            en=f"""## 1. One cell

A 21700 cell is a cylinder 21 mm across and 70 mm long. Its typical datasheet values:

{CELL_TABLE["en"]}

A full cell has about 4.2 V and a discharged one 2.5–3.0 V; 3.6 V is the average (nominal) voltage during a
discharge, and the model takes it as the cell's **EMF** (electromotive force) $\\mathcal{{E}}$. The energy of one cell
is $W = \\mathcal{{E}} \\cdot Q = 3.6 \\cdot 4.8 \\approx 17.3$ Wh. That is not even enough for a laptop: a laptop's
battery holds 40–100 Wh, that is 3–6 such cells.

And 60 kWh needs about $60\\,000 / 17.28 \\approx 3472$ cells."""),
        a.text(
            kk="""## 2. Тізбектей және параллель

**Тізбектей** (in series): $s$ элемент бірінен соң бірі жалғанады, бәрінен бірдей ток өтеді. Әр элемент зарядқа өз
жұмысын қосады, сондықтан ЭҚК-тер қосылады, бірақ ішкі кедергілер де қосылады. Осындай $s$ элементтен тұратын
тізбекті **тізбек** (string) деп атаймыз.

**Параллель** (in parallel): $p$ бірдей тізбек қатар жалғанады. Кернеу өзгермейді, ал ток $p$ жолға бөлінеді:
**сыйымдылық** (capacity) $p$ есе артады, ал жалпы кедергі $p$ есе кемиді. Мұндай батарея «$s$s$p$p» деп
жазылады, мысалы 96s40p: барлығы $s \\cdot p$ элемент.""",
            ru="""## 2. Последовательно и параллельно

**Последовательно** (in series): $s$ элементов соединены один за другим, через все течёт один и тот же ток. Каждый
элемент добавляет свою работу над зарядом, поэтому ЭДС складываются, но складываются и внутренние сопротивления.
Такую цепь из $s$ элементов назовём **цепочкой** (string).

**Параллельно** (in parallel): $p$ одинаковых цепочек соединены рядом. Напряжение не меняется, а ток делится на $p$
путей: **ёмкость** (capacity) растёт в $p$ раз, а общее сопротивление уменьшается в $p$ раз. Такую батарею
записывают «$s$s$p$p», например 96s40p: всего $s \\cdot p$ элементов.""",
            en="""## 2. In series and in parallel

**In series**: $s$ cells are connected one after another and the same current flows through all of them. Each cell
adds its own work on the charge, so the EMFs add up, but so do the internal resistances. Such a chain of $s$ cells is
a **string**.

**In parallel**: $p$ equal strings are connected side by side. The voltage stays the same and the current splits
into $p$ paths: the **capacity** grows $p$ times and the total resistance falls $p$ times. Such a pack is written
"$s$s$p$p", for example 96s40p: $s \\cdot p$ cells in all."""),
        a.formula(r"$$V = s\,\mathcal{E}, \qquad Q_p = p\,Q, \qquad W = V\,Q_p = s\,p\,\mathcal{E}\,Q, \qquad R = \frac{s\,r}{p}$$"),
        a.example(
            kk="""### 1-мысал: 110s30p батареясы

Тізбектей 110 элемент, параллель 30 тізбек: $V = 110 \\cdot 3{,}6 = 396$ В, $Q_p = 30 \\cdot 4{,}8 = 144$ А·сағ,
$W = 396 \\cdot 144 \\approx 57{,}0$ кВт·сағ, $R = 110 \\cdot 0{,}025 / 30 \\approx 0{,}0917$ Ом. Келесі ұяшық осыны
pint бірліктерімен есептеп, зертхананың моделімен салыстырады.""",
            ru="""### Пример 1: батарея 110s30p

110 элементов последовательно, 30 цепочек параллельно: $V = 110 \\cdot 3{,}6 = 396$ В,
$Q_p = 30 \\cdot 4{,}8 = 144$ А·ч, $W = 396 \\cdot 144 \\approx 57{,}0$ кВт·ч, $R = 110 \\cdot 0{,}025 / 30 \\approx 0{,}0917$ Ом.
Следующая ячейка считает это с единицами pint и сравнивает с моделью лаборатории.""",
            en="""### Example 1: a 110s30p pack

110 cells in series, 30 strings in parallel: $V = 110 \\cdot 3.6 = 396$ V, $Q_p = 30 \\cdot 4.8 = 144$ Ah,
$W = 396 \\cdot 144 \\approx 57.0$ kWh, $R = 110 \\cdot 0.025 / 30 \\approx 0.0917$ Ω. The next cell computes this with
pint units and compares it with the lab's model."""),
        a.code("""s_ex, p_ex = 110, 30
emf_cell = battery.CELL_21700["emf"] * ureg.V
Q_cell = battery.CELL_21700["Q"] * ureg("A*h")
r_cell = battery.CELL_21700["r"] * ureg.ohm

# [kk] тізбектей: ЭҚК-тер қосылады; параллель: сыйымдылықтар қосылады
# [ru] последовательно: ЭДС складываются; параллельно: ёмкости складываются
# [en] in series the EMFs add up; in parallel the capacities add up
V_ex = s_ex * emf_cell
Q_ex = p_ex * Q_cell
W_ex = (V_ex * Q_ex).to("kWh")
R_ex = s_ex * r_cell / p_ex
print(f"V = {V_ex:.1f~P}, Q = {Q_ex:.0f~P}, W = {W_ex:.2f~P}, R = {R_ex.to('mohm'):.1f~P}")
# [kk] зертхананың моделі де осы сандарды береді:
# [ru] модель лаборатории даёт те же числа:
# [en] the lab's model gives the same numbers:
print(battery.pack(s_ex, p_ex))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана 96s40p батареясынан басталады: суретте элементтер, тізбектер және ток қозғалтқышқа баратын тізбек бар.
Жүгірткілерді қозғамас бұрын дәптерге жауап беріңіз:

1. $p$-ны 40-тан 20-ға дейін азайтсақ, кернеу, сыйымдылық, энергия және ішкі кедергі қалай өзгереді?
2. Ал $s$-ті 96-дан 192-ге дейін арттырсақ ше?""",
            ru="""### Сначала предскажите

Лаборатория начинается с батареи 96s40p: на рисунке элементы, цепочки и цепь, по которой ток идёт к двигателю.
Прежде чем двигать ползунки, ответьте в тетради:

1. Если уменьшить $p$ с 40 до 20, как изменятся напряжение, ёмкость, энергия и внутреннее сопротивление?
2. А если увеличить $s$ с 96 до 192?""",
            en="""### Predict first

The lab starts with a 96s40p pack: the picture shows its cells, its strings and the circuit that takes the current to
the motor. Before you move the sliders, answer in your notebook:

1. If $p$ goes down from 40 to 20, how do the voltage, the capacity, the energy and the internal resistance change?
2. And if $s$ goes up from 96 to 192?"""),
        a.lab("""lab = battery.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. $p$-ны 40-тан 20-ға дейін азайтыңыз. Болжамыңыз расталды ма? Суреттегі тізбектер мен кестедегі сандарды салыстырыңыз.
2. $s \\cdot p$ көбейтіндісін тұрақты ұстап (мысалы, 96s40p және 192s20p), $s$-ті өзгертіңіз. Энергия өзгере ме? Ал
   кернеу мен ішкі кедергі ше?
3. Қандай батарея 350 В-тан жоғары кернеу және 60 кВт·сағ-тан көп энергия береді? Ең аз элементпен табуға
   тырысыңыз.""",
            ru="""### Исследуйте

1. Уменьшите $p$ с 40 до 20. Подтвердилось ли предсказание? Сравните цепочки на рисунке и числа в таблице.
2. Сохраняя произведение $s \\cdot p$ (например, 96s40p и 192s20p), меняйте $s$. Меняется ли энергия? А напряжение
   и внутреннее сопротивление?
3. Какая батарея даёт больше 350 В и больше 60 кВт·ч? Постарайтесь найти её с наименьшим числом элементов.""",
            en="""### Explore

1. Reduce $p$ from 40 to 20. Was your prediction right? Compare the strings in the picture with the numbers in the
   table.
2. Keep the product $s \\cdot p$ fixed (for example 96s40p and 192s20p) and change $s$. Does the energy change? And
   the voltage and the internal resistance?
3. Which pack gives more than 350 V and more than 60 kWh? Try to find one with as few cells as possible."""),
        a.misconception(
            kk="""### Дұрыс па?

Әлия былай дейді: «192s20p батареясының кернеуі 96s40p-дікінен екі есе жоғары, демек ол екі есе көп энергия
сақтайды». Келісесіз бе? Төмендегі ұяшық екі батареяны салыстырады: элементтер саны, кернеу, сыйымдылық, энергия
және ішкі кедергі.""",
            ru="""### Верно ли?

Алия говорит: «У батареи 192s20p напряжение вдвое выше, чем у 96s40p, значит она хранит вдвое больше энергии».
Согласны? Ячейка ниже сравнивает обе батареи: число элементов, напряжение, ёмкость, энергию и внутреннее
сопротивление.""",
            en="""### Is it true?

Aliya says: "The 192s20p pack has twice the voltage of the 96s40p pack, so it stores twice the energy." Do you agree?
The cell below compares the two packs: the number of cells, the voltage, the capacity, the energy and the internal
resistance."""),
        a.code("""for s_ex, p_ex in [(96, 40), (192, 20)]:
    d = battery.pack(s_ex, p_ex)
    print(f"{s_ex}s{p_ex}p: N = {d['cells']}, V = {d['V']:.1f}, Q = {d['Q']:.0f}, W = {d['W']:.2f}, R = {d['R']:.3f}")""",
               role="misconception"),
        a.text(
            kk="""## 3. Жүріс қоры

Элементтерді қорғау үшін батареяны басқару жүйесі (BMS) энергияның тек шамамен 90 %-ын пайдалануға береді.
Орташа электромобиль 100 км-ге шамамен 17 кВт·сағ жұмсайды (қыста көбірек). Сонда **жүріс қоры** (range):

$$d = \\frac{0{,}9\\,W}{17\\ \\text{кВт·сағ}} \\cdot 100\\ \\text{км}$$

Мысалы, 110s30p батареясымен $d = 0{,}9 \\cdot 57{,}0 / 17 \\cdot 100 \\approx 302$ км.""",
            ru="""## 3. Запас хода

Чтобы беречь элементы, система управления батареей (BMS) даёт использовать только около 90 % энергии. Электромобиль
среднего класса тратит около 17 кВт·ч на 100 км (зимой больше). Тогда **запас хода** (range):

$$d = \\frac{0{,}9\\,W}{17\\ \\text{кВт·ч}} \\cdot 100\\ \\text{км}$$

Например, с батареей 110s30p $d = 0{,}9 \\cdot 57{,}0 / 17 \\cdot 100 \\approx 302$ км.""",
            en="""## 3. Range

To protect the cells, the battery management system (BMS) lets the car use only about 90 % of the energy. A mid-size
electric car uses about 17 kWh per 100 km (more in winter). Then the **range** is

$$d = \\frac{0.9\\,W}{17\\ \\text{kWh}} \\cdot 100\\ \\text{km}$$

For example, with the 110s30p pack $d = 0.9 \\cdot 57.0 / 17 \\cdot 100 \\approx 302$ km."""),
        a.summary(
            kk="""## Қорытынды

* **Аккумулятор батареясы** мыңдаған **элементтен** тұрады; бір элементтің **сыйымдылығы** 4,8 А·сағ, **ішкі
  кедергісі** 25 мОм, ал оның **электр қозғаушы күш (ЭҚК)** мәні 3,6 В.
* **Тізбектей** жалғағанда ЭҚК-тер мен кедергілер қосылады: $V = s\\,\\mathcal{E}$.
* **Параллель** жалғағанда сыйымдылық $p$ есе артады, кедергі $p$ есе кемиді: $R = s\\,r/p$.
* Энергия $W = s\\,p\\,\\mathcal{E}\\,Q$ тек элементтер санына тәуелді; **жүріс қоры** — пайдалануға болатын
  энергия бөлінген шығыс.""",
            ru="""## Итоги

* **Аккумуляторная батарея** состоит из тысяч **элементов**; у одного элемента
  **электродвижущая сила (ЭДС)** 3,6 В, **ёмкость** 4,8 А·ч, **внутреннее сопротивление** 25 мОм.
* Соединённые **последовательно** элементы складывают ЭДС и сопротивления: $V = s\\,\\mathcal{E}$.
* Соединённые **параллельно** цепочки дают в $p$ раз большую ёмкость и в $p$ раз меньшее сопротивление:
  $R = s\\,r/p$.
* Энергия $W = s\\,p\\,\\mathcal{E}\\,Q$ зависит только от числа элементов; **запас хода** — доступная энергия,
  делённая на расход.""",
            en="""## Summary

* A **battery pack** is made of thousands of **cells**; one cell has an **EMF** of 3.6 V, a **capacity** of 4.8 Ah
  and an **internal resistance** of 25 mΩ.
* Cells **in series** add up their EMFs and their resistances: $V = s\\,\\mathcal{E}$.
* Strings **in parallel** give $p$ times the capacity and $1/p$ of the resistance: $R = s\\,r/p$.
* The energy $W = s\\,p\\,\\mathcal{E}\\,Q$ depends only on the number of cells; the **range** is the usable energy
  divided by the consumption."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Элементтерді тізбектей жалғағанда ... артады, ал параллель жалғағанда ... артады, себебі ...».
2. Телефонның немесе шуруповерттің батареясында элементтер қалай жалғанған деп ойлайсыз? Неге?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «При последовательном соединении растёт ..., а при параллельном растёт ..., потому что ...».
2. Как, по-вашему, соединены элементы в батарее телефона или шуруповёрта? Почему?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "Connecting cells in series raises ..., connecting strings in parallel raises ..., because ..."
2. How do you think the cells of a phone's or a cordless drill's battery are connected? Why?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: under load -------------------------------------------------------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Электромобиль батареясы, 2-сабақ. Жүктеме кезінде: ток, шығын және батарея жобасы

Трассада басып озғанда электр қозғалтқышы батареядан 80 кВт алады. Сонда батареядан жүздеген ампер ток өтеді, ал
оның ішкі кедергісінде қуаттың бір бөлігі жылуға айналады: батарея қызады, салқындату жүйесі оны әкетуі керек.
Жобалаушылар шекті белгілейді: 80 кВт кезінде шығын қуаттың 4 %-ынан аз болсын. Бұл токты қалай дәл есептеуге
болады және «шамамен» есептеу неге жетпейді?""",
            ru="""# Батарея электромобиля, урок 2. Под нагрузкой: ток, потери и проект батареи

При обгоне на трассе электродвигатель берёт от батареи 80 кВт. Через батарею идёт ток в сотни ампер, и в её
внутреннем сопротивлении часть мощности превращается в тепло: батарея греется, и система охлаждения должна его
отвести. Конструкторы ставят предел: при 80 кВт потери меньше 4 % мощности. Как точно рассчитать этот ток и почему
расчёта «примерно» недостаточно?""",
            en="""# The battery of an electric car, lesson 2. Under load: current, loss and the pack's design

Overtaking on the motorway, the electric motor draws 80 kW from the pack. A current of hundreds of amperes flows
through the pack, and in its internal resistance part of the power turns into heat: the pack warms up and the
cooling system has to take the heat away. The designers set a limit: at 80 kW the loss must stay under 4 % of the
power. How do we compute this current exactly, and why is "roughly" not good enough?"""),
        a.text(
            kk="""## 4. Толық тізбек үшін Ом заңы және қуат

Батареядан $I$ ток өткенде оның ішкі кедергісінде $IR$ кернеу жоғалады, сондықтан қозғалтқышқа
**қысқыштардағы кернеу** (terminal voltage) ғана жетеді: $U = \\mathcal{E} - IR$. Қозғалтқыш алатын қуат
$P = UI = (\\mathcal{E} - IR)\\,I$. Бұл — $I$-ге қатысты квадрат теңдеу:

$$R\\,I^2 - \\mathcal{E}\\,I + P = 0, \\qquad I = \\frac{\\mathcal{E} - \\sqrt{\\mathcal{E}^2 - 4RP}}{2R}.$$

Екі түбірдің кішісі — жұмыс тогы; үлкенінде ЭҚК-тің көп бөлігі батареяның ішінде жоғалар еді. Түбірлер
$\\mathcal{E}^2 \\ge 4RP$ болғанда ғана бар: батарея ең көбі $\\mathcal{E}^2/(4R)$ қуат бере алады. Батареяның ішінде
$P_{\\text{шығын}} = I^2 R$ қуат жылуға айналады (Джоуль–Ленц заңы). Жиі қолданылатын бағалау $I \\approx P/\\mathcal{E}$
$U$-ды $\\mathcal{E}$-ге тең деп алады, сондықтан ол токты әрқашан азайтып көрсетеді.""",
            ru="""## 4. Закон Ома для полной цепи и мощность

Когда через батарею идёт ток $I$, на её внутреннем сопротивлении теряется напряжение $IR$, поэтому до двигателя
доходит только **напряжение на зажимах** (terminal voltage): $U = \\mathcal{E} - IR$. Мощность, которую берёт
двигатель, $P = UI = (\\mathcal{E} - IR)\\,I$. Это квадратное уравнение относительно $I$:

$$R\\,I^2 - \\mathcal{E}\\,I + P = 0, \\qquad I = \\frac{\\mathcal{E} - \\sqrt{\\mathcal{E}^2 - 4RP}}{2R}.$$

Меньший из двух корней — рабочий ток; при большем бо́льшая часть ЭДС терялась бы внутри батареи. Корни есть, только
если $\\mathcal{E}^2 \\ge 4RP$: батарея может дать не больше $\\mathcal{E}^2/(4R)$. Внутри батареи в тепло превращается
$P_{\\text{пот}} = I^2 R$ (закон Джоуля–Ленца). Частая оценка $I \\approx P/\\mathcal{E}$ принимает $U$ равным
$\\mathcal{E}$, поэтому всегда занижает ток.""",
            en="""## 4. Ohm's law for a complete circuit, and power

When a current $I$ flows through the pack, a voltage $IR$ is lost across its internal resistance, so only the
**terminal voltage** reaches the motor: $U = \\mathcal{E} - IR$. The motor takes the power
$P = UI = (\\mathcal{E} - IR)\\,I$. That is a quadratic equation in $I$:

$$R\\,I^2 - \\mathcal{E}\\,I + P = 0, \\qquad I = \\frac{\\mathcal{E} - \\sqrt{\\mathcal{E}^2 - 4RP}}{2R}.$$

The smaller of the two roots is the working current; at the larger one most of the EMF would be lost inside the pack.
The roots exist only when $\\mathcal{E}^2 \\ge 4RP$: a pack delivers at most $\\mathcal{E}^2/(4R)$. Inside the pack
$P_{\\text{loss}} = I^2 R$ turns into heat (Joule's law). The common estimate $I \\approx P/\\mathcal{E}$ takes $U$ to
be $\\mathcal{E}$, so it always gives too small a current."""),
        a.example(
            kk="""### 2-мысал: 110s30p батареясы 100 кВт кезінде

$\\mathcal{E} = 396$ В, $R \\approx 0{,}0917$ Ом. Бағалау: $I \\approx 100\\,000 / 396 \\approx 252{,}5$ А. Квадрат
теңдеуден: $I \\approx 269{,}3$ А, $U \\approx 371{,}3$ В, шығын $I^2 R \\approx 6{,}65$ кВт, яғни 100 кВт-тың
6,65 %-ы (бағалау 5,85 кВт береді). Келесі ұяшық есептейді.""",
            ru="""### Пример 2: батарея 110s30p при 100 кВт

$\\mathcal{E} = 396$ В, $R \\approx 0{,}0917$ Ом. Оценка: $I \\approx 100\\,000 / 396 \\approx 252{,}5$ А. Из квадратного
уравнения: $I \\approx 269{,}3$ А, $U \\approx 371{,}3$ В, потери $I^2 R \\approx 6{,}65$ кВт, то есть 6,65 % от
100 кВт (оценка даёт 5,85 кВт). Следующая ячейка считает.""",
            en="""### Example 2: the 110s30p pack at 100 kW

$\\mathcal{E} = 396$ V, $R \\approx 0.0917$ Ω. The estimate: $I \\approx 100\\,000 / 396 \\approx 252.5$ A. From the
quadratic: $I \\approx 269.3$ A, $U \\approx 371.3$ V, a loss $I^2 R \\approx 6.65$ kW, that is 6.65 % of 100 kW (the
estimate gives 5.85 kW). The next cell computes it."""),
        a.code("""d = battery.pack(110, 30)
P = 100_000
emf, R = d["V"], d["R"]
I_estimate = P / emf
I = (emf - math.sqrt(emf**2 - 4 * R * P)) / (2 * R)
print(f"I ≈ P/ℰ = {I_estimate:.1f};  I = {I:.1f};  U = {emf - I * R:.1f};  I²R = {I**2 * R:.0f};  (I_estimate)²R = {I_estimate**2 * R:.0f}")
# [kk] зертхананың моделі де осы сандарды береді:
# [ru] модель лаборатории даёт те же числа:
# [en] the lab's model gives the same numbers:
print(battery.at_power(110, 30, 100)["I"], battery.max_power(emf, R))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Ерлан былай дейді: «Шығын бар болғаны бірнеше пайыз, сондықтан $I \\approx P/\\mathcal{E}$ бағалауы жеткілікті».
Төмендегі ұяшық 80 кВт кезіндегі 96s40p батареясын және 100s39p жобасын есептейді. Бағалау токты неше пайызға,
шығынды неше пайызға азайтады? 100s39p жобасы 4 % шегінен өте ме: бағалау бойынша және шынында?""",
            ru="""### Верно ли?

Ерлан говорит: «Потери всего несколько процентов, поэтому оценки $I \\approx P/\\mathcal{E}$ достаточно». Ячейка ниже
считает батарею 96s40p и проект 100s39p при 80 кВт. На сколько процентов оценка занижает ток, а на сколько потери?
Проходит ли проект 100s39p предел 4 %: по оценке и на самом деле?""",
            en="""### Is it true?

Yerlan says: "The loss is only a few per cent, so the estimate $I \\approx P/\\mathcal{E}$ is good enough." The cell
below computes the 96s40p pack and the design 100s39p at 80 kW. By how many per cent does the estimate make the
current too small, and the loss? Does the 100s39p design pass the 4 % limit: by the estimate, and in fact?"""),
        a.code("""for s_ex, p_ex in [(96, 40), (100, 39)]:
    d = battery.at_power(s_ex, p_ex, 80)
    print(f"{s_ex}s{p_ex}p: I = {d['I']:.1f} (≈ {d['I_estimate']:.1f}),  I²R = {d['loss_W']:.0f},",
          f"{d['loss_pct']:.2f} % (≈ {d['loss_estimate_pct']:.2f} %)")
d = battery.at_power(96, 40, 80)
print(round(100 * (d["I"] / d["I_estimate"] - 1), 1), "%;", round(100 * (d["loss_pct"] / d["loss_estimate_pct"] - 1), 1), "%")""",
               role="misconception"),
        a.text(
            kk="""## 5. Жоғары кернеу не береді?

Сол 3840 элементті әртүрлі жалғайық: 48s80p, 96s40p, 192s20p. Кернеу екі есе артса, ток шамамен екі есе кемиді,
бірақ ішкі кедергі төрт есе артады, сондықтан **элементтердің өз шығыны өзгермейді**: ол тек элементтер санына
тәуелді. Ал кедергісі батареяға тәуелсіз бөліктерде (кабельдер, шиналар, контакторлар, қозғалтқыш орамдары)
шығын $I^2 R_{\\text{кабель}}$ токтың квадратымен кемиді. Кабельдер үшін 5 мОм алайық (болжам):""",
            ru="""## 5. Что даёт высокое напряжение?

Соединим те же 3840 элементов по-разному: 48s80p, 96s40p, 192s20p. Вдвое большее напряжение примерно вдвое
уменьшает ток, но внутреннее сопротивление растёт вчетверо, поэтому **потери в самих элементах не меняются**: они
зависят только от числа элементов. А в частях, сопротивление которых не зависит от батареи (кабели, шины,
контакторы, обмотки двигателя), потери $I^2 R_{\\text{каб}}$ падают с квадратом тока. Возьмём для кабелей 5 мОм
(допущение):""",
            en="""## 5. What does a high voltage buy?

Arrange the same 3840 cells in different ways: 48s80p, 96s40p, 192s20p. Twice the voltage roughly halves the
current, but the internal resistance is four times larger, so **the cells' own loss does not change**: it depends only
on the number of cells. In the parts whose resistance does not depend on the pack (cables, busbars, contactors, motor
windings), the loss $I^2 R_{\\text{cable}}$ falls with the square of the current. Take 5 mΩ for the cables (an
assumption):"""),
        a.code("""for s_ex, p_ex in [(48, 80), (96, 40), (192, 20)]:
    d = battery.at_power(s_ex, p_ex, 80)
    # [kk] 5 мОм кабельдердегі шығын, Вт
    # [ru] потери в кабелях 5 мОм, Вт
    # [en] the loss in 5 mOhm of cables, W
    cable_loss = d["I"] ** 2 * 0.005
    print(f"{s_ex:3}s{p_ex}p: V = {d['V']:6.1f}, I = {d['I']:6.1f}, R = {1000 * d['R']:5.1f},",
          pick({"kk": "элементтерде", "ru": "в элементах", "en": "cells"}), f"{d['loss_W']:5.0f},",
          pick({"kk": "кабельдерде", "ru": "в кабелях", "en": "cables"}), f"{cable_loss:5.0f}")""", role="example"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Жобалау тапсырмасы: кемінде 350 В, кемінде 60 кВт·сағ, 80 кВт кезінде шығын 4 %-дан аз, ең көбі 4500 элемент.
Бағалау бойынша шығын $P r / (N \\mathcal{E}^2)$, сондықтан 4 % үшін кемінде 3859 элемент керек сияқты. Жүгірткілерді
қозғамас бұрын болжаңыз: нақты ток бойынша бұдан көп элемент керек пе, аз ба? Неге?""",
            ru="""### Сначала оцените

Проектное задание: не меньше 350 В, не меньше 60 кВт·ч, потери при 80 кВт меньше 4 %, не больше 4500 элементов. По
оценке потери равны $P r / (N \\mathcal{E}^2)$, и для 4 % вроде бы хватает 3859 элементов. Прежде чем двигать
ползунки, предскажите: по точному току элементов нужно больше или меньше? Почему?""",
            en="""### Estimate first

The design task: at least 350 V, at least 60 kWh, a loss at 80 kW under 4 %, at most 4500 cells. By the estimate the
loss is $P r / (N \\mathcal{E}^2)$, so 3859 cells seem to be enough for 4 %. Before you move the sliders, predict: by
the exact current, does the pack need more cells or fewer? Why?"""),
        a.design_lab("""design_lab = battery.make_lab("pack-80kw")
design_lab"""),
        a.text(
            kk="""$s$ пен $p$-ны барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын басыңыз. Болжамыңыз расталды
ма? Талапқа сай ең аз элементтен тұратын жобаны табыңыз. Графиктегі нүктелі сызық (бағалау) мен тұтас сызықты
салыстырыңыз: қуат артқанда олардың айырмашылығы неге өседі?""",
            ru="""Подберите $s$ и $p$ так, чтобы выполнялись все требования, и нажмите **Проверить проект**. Подтвердилось ли
предсказание? Найдите проект с наименьшим числом элементов, который выполняет требования. Сравните на графике
пунктир (оценку) и сплошную линию: почему разница растёт с мощностью?""",
            en="""Choose $s$ and $p$ so that every requirement holds, and press **Check the design**. Was your prediction right?
Find the design with the fewest cells that meets the requirements. Compare the dotted line (the estimate) and the
solid line on the plot: why does the difference grow with the power?"""),
        a.summary(
            kk="""## Қорытынды

* Жүктеме кезінде **қысқыштардағы кернеу** $U = \\mathcal{E} - IR$: **ішкі кедергіде** $IR$ кернеу жоғалады.
* Берілген $P$ қуаттағы ток — $R I^2 - \\mathcal{E} I + P = 0$ теңдеуінің кіші түбірі; $I \\approx P/\\mathcal{E}$
  бағалауы токты шығын үлесінің мөлшерінде азайтып көрсетеді, ал шығынды екі есе көп пайызға.
* **Электр қозғаушы күші (ЭҚК)** жоғары батарея сол қуатты кішірек токпен береді: кабельдердегі шығын азаяды, ал
  элементтердің өз шығыны тек олардың санына тәуелді.
* Шекке жақын жобаны бағалаумен емес, нақты токпен тексеру керек.""",
            ru="""## Итоги

* Под нагрузкой **напряжение на зажимах** $U = \\mathcal{E} - IR$: на **внутреннее сопротивление** уходит $IR$.
* Ток при мощности $P$ — меньший корень уравнения $R I^2 - \\mathcal{E} I + P = 0$; оценка $I \\approx P/\\mathcal{E}$
  занижает ток на долю потерь, а потери — примерно вдвое сильнее в процентах.
* Батарея с большей **электродвижущей силой (ЭДС)** даёт ту же мощность меньшим током: потери в кабелях падают, а
  потери в самих элементах зависят только от их числа.
* Проект у самого предела проверяют не оценкой, а точным током.""",
            en="""## Summary

* Under load the **terminal voltage** is $U = \\mathcal{E} - IR$: the **internal resistance** takes $IR$.
* The current at a power $P$ is the smaller root of $R I^2 - \\mathcal{E} I + P = 0$; the estimate
  $I \\approx P/\\mathcal{E}$ makes the current too small by the share of the loss, and the loss by about twice as
  many per cent.
* A pack of higher **EMF** delivers the same power with a smaller current: the loss in the cables falls, while the
  cells' own loss depends only on how many cells there are.
* A design close to a limit is checked with the exact current, not with the estimate."""),
        a.reflection(
            kk="""## Рефлексия

1. Бағалау мен нақты есептеудің айырмашылығы қай кезде маңызды, ал қай кезде маңызсыз?
2. Неге электромобиль жасаушылар 400 В-тан 800 В-қа көшуде? Бүгінгі сабақтан бір санды келтіріңіз.
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Когда разница между оценкой и точным расчётом важна, а когда нет?
2. Почему производители электромобилей переходят с 400 В на 800 В? Приведите одно число из сегодняшнего урока.
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. When does the difference between the estimate and the exact calculation matter, and when does it not?
2. Why are makers of electric cars moving from 400 V to 800 V? Quote one number from today's lesson.
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import math
import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, rules, self_check
from curriculum.i18n import pick
from curriculum.labs import battery

# [kk] символдар: тізбектей элементтер саны s, параллель тізбектер саны p, элементтің ішкі кедергісі r
# [ru] символы: элементов последовательно s, цепочек параллельно p, внутреннее сопротивление элемента r
# [en] symbols: cells in series s, strings in parallel p, a cell's internal resistance r
s, p, r = sp.symbols("s p r", positive=True)
# [kk] әдеттегі 21700 элементі: ЭҚК `emf`, В; сыйымдылық `Q`, А·сағ; ішкі кедергі `r`, Ом
# [ru] типичный элемент 21700: ЭДС `emf` в В, ёмкость `Q` в А·ч, внутреннее сопротивление `r` в Ом
# [en] a typical 21700 cell: EMF `emf` in V, capacity `Q` in Ah, internal resistance `r` in ohm
CELL = {"emf": 3.6, "Q": 4.8, "r": 0.025}"""


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    s, p, r = sp.symbols("s p r", positive=True)
    swapped = rules.wrong_answer(p * r / s, code="series-parallel-swapped", message={
        "kk": "s пен p орындары ауысқан: тізбектей жалғау кедергіні арттырады, параллель жалғау азайтады.",
        "ru": "s и p поменялись местами: последовательное соединение увеличивает сопротивление, параллельное уменьшает.",
        "en": "s and p are swapped: cells in series add resistance, strings in parallel reduce it."})
    one_string = rules.wrong_answer(96 * 3.6 * 4.8 * ureg("W*h"), code="energy-without-parallel", message={
        "kk": "Бұл бір ғана тізбектің энергиясы: параллель p тізбектің бәрін есептеңіз.",
        "ru": "Это энергия только одной цепочки: учтите все p параллельных цепочек.",
        "en": "That is the energy of one string only: count all p strings in parallel."})
    cell_voltage = rules.wrong_answer(80000 / 3.6 * ureg.A, code="cell-voltage", message={
        "kk": "Сіз бір элементтің кернеуін (3,6 В) алдыңыз: токты бүкіл батареяның кернеуі анықтайды.",
        "ru": "Вы взяли напряжение одного элемента (3,6 В): ток определяется напряжением всей батареи.",
        "en": "You used the voltage of one cell (3.6 V): the current is set by the voltage of the whole pack."})
    estimate = rules.wrong_answer(80000 / 345.6 * ureg.A, code="estimate", message={
        "kk": "Бұл I ≈ P/ℰ бағалауы (3-тапсырма): мұнда квадрат теңдеудің түбірі керек.",
        "ru": "Это оценка I ≈ P/ℰ (задача 3): здесь нужен корень квадратного уравнения.",
        "en": "That is the estimate I ≈ P/ℰ (task 3): here the root of the quadratic is asked."})
    estimate_loss = rules.wrong_answer((80000 / 345.6) ** 2 * 0.06 * ureg.W, code="estimate-loss", message={
        "kk": "Бұл бағаланған токпен (I ≈ P/ℰ) есептелген шығын: 4-тапсырманың нақты тогын алыңыз.",
        "ru": "Это потери с оценочным током I ≈ P/ℰ: возьмите точный ток из задачи 4.",
        "en": "That is the loss with the estimated current I ≈ P/ℰ: use the exact current of task 4."})
    all_energy = rules.wrong_answer(66.3552 / 17 * 100 * ureg.km, code="all-energy-used", message={
        "kk": "Энергияның тек 90 %-ын ғана пайдалануға болады.",
        "ru": "Использовать можно только 90 % энергии.",
        "en": "Only 90 % of the energy is usable."})
    return {
        "R_pack": fingerprint(s * r / p, mistakes=[swapped], salt=salt("R_pack")),
        "V_pack": fingerprint(345.6 * ureg.V, rtol=0.01, salt=salt("V_pack")),
        "W_pack": fingerprint(66.3552 * ureg.kWh, rtol=0.01, mistakes=[rules.unit_not_converted("W*h"), one_string],
                              salt=salt("W_pack")),
        "I_80": fingerprint(231.481 * ureg.A, rtol=0.01, mistakes=[cell_voltage], salt=salt("I_80")),
        "I_exact": fingerprint(241.617 * ureg.A, rtol=0.005, mistakes=[estimate], salt=salt("I_exact")),
        "P_loss": fingerprint(3502.72 * ureg.W, rtol=0.01, mistakes=[estimate_loss], salt=salt("P_loss")),
        "range": fingerprint(351.292 * ureg.km, rtol=0.01, mistakes=[all_energy], salt=salt("range")),
    }


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk=f"""# Электромобиль батареясы: элементтер тізбектей және параллель

Қостанайдағы зауыт электромобильдің аккумулятор батареясын жинайды. Ол 21700 өлшемді (диаметрі 21 мм, ұзындығы
70 мм) мыңдаған шағын цилиндр пішінді литий-иондық элементтерден тұрады. Бір элемент шамамен 17 Вт·сағ сақтайды:
ноутбук батареясына осындай 3–6 элемент керек, ал автомобильге жүздеген вольт және ондаған киловатт-сағат керек.
Сондықтан:

* $s$ элемент бір **тізбекке** тізбектей жалғанады;
* $p$ осындай тізбек параллель жалғанады. Барлығы $s \\cdot p$ элемент; мұндай батарея «$s$s$p$p» деп жазылады,
  мысалы 96s40p.

Бір элементтің әдеттегі мәндері:

{CELL_TABLE["kk"]}

Белгілеулер: $\\mathcal{{E}}$ (кодта `emf`) — ЭҚК, $W$ — энергия, $Q$ — сыйымдылық, $R$ — батареяның ішкі кедергісі.
Зауыттың қазіргі батареясы — **96s40p**. Уақыты — 45 минут.

**Жауапты қалай жазу керек.** Бірінші ұяшықта `s`, `p`, `r` символдары және `CELL` сөздігі анықталған; символдарға
сан меншіктемеңіз. Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `12 * ureg.V`, `(5 * ureg("V*A*h")).to("kWh")`.
Python кодында бөлшек сандар нүктемен жазылады: `0.5`. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол
жауаптың түрін тексереді.""",
            ru=f"""# Батарея электромобиля: элементы последовательно и параллельно

Завод в Костанае собирает аккумуляторную батарею электромобиля. Она состоит из тысяч маленьких цилиндрических
литий-ионных элементов размера 21700 (диаметр 21 мм, длина 70 мм). Один элемент хранит около 17 Вт·ч: батарее
ноутбука нужно 3–6 таких элементов, а автомобилю — сотни вольт и десятки киловатт-часов. Поэтому:

* $s$ элементов соединяют **последовательно** в одну **цепочку**;
* $p$ таких цепочек соединяют **параллельно**. Всего $s \\cdot p$ элементов; такую батарею записывают «$s$s$p$p»,
  например 96s40p.

Типичные значения одного элемента:

{CELL_TABLE["ru"]}

Обозначения: $\\mathcal{{E}}$ (в коде `emf`) — ЭДС, $W$ — энергия, $Q$ — ёмкость, $R$ — внутреннее сопротивление
батареи. Нынешняя батарея завода — **96s40p**. Время — 45 минут.

**Как записывать ответы.** В первой ячейке уже определены символы `s`, `p`, `r` и словарь `CELL`; не присваивайте
символам числа. Величину с единицей измерения записывайте через `ureg`: `12 * ureg.V`,
`(5 * ureg("V*A*h")).to("kWh")`. В коде Python дробные числа пишутся через точку: `0.5`. Запускайте тестовую ячейку
под каждой задачей: она проверяет форму ответа.""",
            en=f"""# The battery of an electric car: cells in series and in parallel

The plant in Kostanay assembles the battery pack of an electric car. It is made of thousands of small cylindrical
lithium-ion cells of size 21700 (21 mm across, 70 mm long). One cell stores about 17 Wh: a laptop's battery needs 3–6
such cells, while a car needs hundreds of volts and tens of kilowatt-hours. So:

* $s$ cells are connected **in series** into one **string**;
* $p$ such strings are connected **in parallel**. There are $s \\cdot p$ cells in all; such a pack is written
  "$s$s$p$p", for example 96s40p.

Typical values of one cell:

{CELL_TABLE["en"]}

Notation: $\\mathcal{{E}}$ (in code `emf`) is an EMF, $W$ an energy, $Q$ a capacity and $R$ the pack's internal
resistance. The plant's current pack is **96s40p**. Time: 45 minutes.

**How to write answers.** The first cell defines the symbols `s`, `p`, `r` and the dictionary `CELL`; do not assign
numbers to the symbols. Write a quantity with a unit through `ureg`: `12 * ureg.V`, `(5 * ureg("V*A*h")).to("kWh")`.
Decimals in Python code are written with a point: `0.5`. Run the test cell under each task: it checks the form of
your answer."""),

        a.text(kk="## А бөлім. Батарея қалай жиналған", ru="## Часть А. Как устроена батарея",
               en="## Part A. How the pack is built"),
        a.task(1, 1, "A",
               kk="""Әр элементтің ішкі кедергісі $r$. Бір тізбекте $s$ элемент тізбектей жалғанған, ал $p$ бірдей тізбек параллель
жалғанған. Бүкіл батареяның ішкі кедергісін $R$ `s`, `p` және `r` символдары арқылы sympy өрнегі түрінде жазып,
`R_pack` айнымалысына сақтаңыз; жауаптың түрі, мысалы, `R_pack = s + p * r` (бұл жауап емес).

*Кеңес:* тізбектей жалғанған кедергілер қосылады; $p$ бірдей кедергі параллель жалғанса, кедергі $p$ есе кемиді.""",
               ru="""У каждого элемента внутреннее сопротивление $r$. В цепочке $s$ элементов соединены последовательно, а $p$
одинаковых цепочек соединены параллельно. Запишите внутреннее сопротивление $R$ всей батареи как выражение sympy
через символы `s`, `p` и `r` и сохраните его в `R_pack`; форма ответа, например, `R_pack = s + p * r` (это не ответ).

*Подсказка:* последовательные сопротивления складываются; $p$ одинаковых сопротивлений параллельно дают в $p$ раз
меньшее сопротивление.""",
               en="""Each cell has the internal resistance $r$. In a string, $s$ cells are connected in series, and $p$ equal strings
are connected in parallel. Write the internal resistance $R$ of the whole pack as a sympy expression in the symbols
`s`, `p` and `r` and store it in `R_pack`; the form of an answer is, for example, `R_pack = s + p * r` (not the
answer).

*Hint:* resistances in series add up; $p$ equal resistances in parallel give a resistance $p$ times smaller."""),
        a.answer("pack-resistance", """R_string = s * r          # s cells in series
R_pack = R_string / p     # p equal strings in parallel""", hint={
            "kk": "R_pack = ...  (s, p, r арқылы sympy өрнегі)", "ru": "R_pack = ...  (выражение sympy от s, p, r)",
            "en": "R_pack = ...  (a sympy expression in s, p and r)"}),
        a.tests("pack-resistance-test", 1, public=f"""assert isinstance(R_pack, sp.Expr), pick({{"kk": "R_pack — s, p, r символдарынан құрылған sympy өрнегі болуы керек.", "ru": "R_pack должно быть выражением sympy из символов s, p, r.", "en": "R_pack should be a sympy expression made of s, p and r."}})
assert {{x.name for x in R_pack.free_symbols}} <= {{"s", "p", "r"}}, pick({{"kk": "R_pack өрнегінде тек s, p, r символдары болуы керек.", "ru": "В выражении R_pack могут быть только символы s, p, r.", "en": "R_pack may use only the symbols s, p and r."}})
advise(self_check(R_pack, "{token['R_pack']}"))""",
                hidden="""require(compare(R_pack, "s*r/p", rules=[rules.wrong_answer("p*r/s", code="series-parallel-swapped", message={
    "kk": "s пен p орындары ауысқан.", "ru": "s и p поменялись местами.", "en": "s and p are swapped."})]))"""),

        a.task(2, 2, "A",
               kk="""Зауыттың қазіргі батареясы 96s40p: тізбектей 96 элемент, параллель 40 тізбек. Есептеңіз:

* `V_pack` — номинал кернеу (батареяның ЭҚК-і), вольтпен;
* `W_pack` — батареядағы энергия, киловатт-сағатпен (кВт·сағ; энергияның басқа бірлігі де қабылданады).

Екеуін де pint шамасы ретінде сақтаңыз (`ureg`; 1 % дәлдікпен). *Кеңес:* кернеуі $V$, сыйымдылығы $Q$ (А·сағ)
батарея $W = V \\cdot Q$ энергия сақтайды; `ureg("V*A*h")` бірлігіндегі шама `.to("kWh")` арқылы кВт·сағ-қа
айналады.""",
               ru="""Нынешняя батарея завода — 96s40p: 96 элементов последовательно, 40 цепочек параллельно. Вычислите:

* `V_pack` — номинальное напряжение (ЭДС батареи) в вольтах;
* `W_pack` — энергию батареи в киловатт-часах (кВт·ч; другая единица энергии тоже принимается).

Сохраните обе как величины pint (`ureg`; с точностью до 1 %). *Подсказка:* батарея с напряжением $V$ и ёмкостью
$Q$ (А·ч) хранит $W = V \\cdot Q$; величина в `ureg("V*A*h")` переводится в киловатт-часы через `.to("kWh")`.""",
               en="""The plant's current pack is 96s40p: 96 cells in series, 40 strings in parallel. Compute:

* `V_pack`: the nominal voltage (the pack's EMF) in volts;
* `W_pack`: the energy stored in the pack in kilowatt-hours (kWh; another unit of energy is accepted too).

Store both as pint quantities (`ureg`; within 1 %). *Hint:* a pack of voltage $V$ and capacity $Q$ (Ah) stores
$W = V \\cdot Q$; a quantity in `ureg("V*A*h")` converts to kilowatt-hours with `.to("kWh")`."""),
        a.answer("pack-voltage-energy", """cell_emf = CELL["emf"] * ureg.V
cell_capacity = CELL["Q"] * ureg("A*h")
V_pack = 96 * cell_emf                        # series: the EMFs add up
Q_pack = 40 * cell_capacity                   # parallel: the capacities add up
W_pack = (V_pack * Q_pack).to("kWh")""", hint={
            "kk": "V_pack = ..., W_pack = ...  (pint шамалары: вольт, кВт·сағ)",
            "ru": "V_pack = ..., W_pack = ...  (величины pint: вольты, кВт·ч)",
            "en": "V_pack = ..., W_pack = ...  (pint quantities: volts, kWh)"}),
        a.tests("pack-voltage-energy-test", 2, public=f"""require(compare(V_pack, "V", mode="dimension"))
require(compare(W_pack, "kWh", mode="dimension"))
advise(self_check(V_pack, "{token['V_pack']}"))
advise(self_check(W_pack, "{token['W_pack']}"))""",
                hidden="""require(compare(V_pack, "345.6 V", mode="units", rtol=0.01))
require(compare(W_pack, "66.3552 kWh", mode="units", rtol=0.01))"""),

        a.text(kk="## Ә бөлім. Жүктеме кезінде", ru="## Часть Б. Под нагрузкой", en="## Part B. Under load"),
        a.task(3, 2, "A",
               kk="""Трассада басып озғанда электр қозғалтқышы батареядан $P = 80$ кВт алады. Бірінші жуықтауда батареяның
кернеуін ЭҚК-ке тең деп алып, 96s40p батареясы беретін токты бағалаңыз: $I \\approx P/\\mathcal{E}$. Оны `I_80`
айнымалысына ампермен pint шамасы ретінде сақтаңыз (1 % дәлдікпен).""",
               ru="""При обгоне на трассе электродвигатель берёт от батареи $P = 80$ кВт. В первом приближении примите напряжение
батареи равным её ЭДС и оцените ток, который даёт батарея 96s40p: $I \\approx P/\\mathcal{E}$. Сохраните его в `I_80`
как величину pint в амперах (с точностью до 1 %).""",
               en="""Overtaking on the motorway, the electric motor draws $P = 80$ kW from the pack. To first order, take the pack's
voltage to be its EMF and estimate the current the 96s40p pack delivers: $I \\approx P/\\mathcal{E}$. Store it in
`I_80` as a pint quantity in amperes (within 1 %)."""),
        a.answer("current-80kw", """I_80 = (80 * ureg.kW / (96 * 3.6 * ureg.V)).to("A")""", hint={
            "kk": "I_80 = ...  (pint шамасы, ампермен)", "ru": "I_80 = ...  (величина pint в амперах)",
            "en": "I_80 = ...  (a pint quantity in A)"}),
        a.tests("current-80kw-test", 2, public=f"""require(compare(I_80, "A", mode="dimension"))
advise(self_check(I_80, "{token['I_80']}"))""",
                hidden="""require(compare(I_80, "231.481 A", mode="units", rtol=0.01, rules=[
    rules.wrong_answer("22222.2 A", code="cell-voltage", message={
        "kk": "Бір элементтің кернеуі емес, бүкіл батареяның кернеуі керек.",
        "ru": "Нужно напряжение всей батареи, а не одного элемента.",
        "en": "Use the voltage of the whole pack, not of one cell."}),
    rules.wrong_answer("241.617 A", code="exact-current", message={
        "kk": "Бұл квадрат теңдеуден шыққан нақты ток (4-тапсырма); мұнда I ≈ P/ℰ бағалауы сұралады.",
        "ru": "Это точный ток из квадратного уравнения (задача 4); здесь спрашивается оценка I ≈ P/ℰ.",
        "en": "That is the exact current of the quadratic (task 4); here the estimate I ≈ P/ℰ is asked."})]), points=2)"""),

        a.task(4, 2, "B",
               kk="""Енді нақты ток. Батарея қозғалтқышқа $P = UI = (\\mathcal{E} - IR)\\,I$ қуат береді, яғни
$R I^2 - \\mathcal{E} I + P = 0$ квадрат теңдеуі орындалады. Оны 80 кВт кезіндегі 96s40p батареясы үшін шешіп,
кіші түбірін алыңыз (жұмыс тогы; үлкен түбірде ЭҚК-тің көп бөлігі батареяның ішінде жоғалар еді). `I_exact` мәнін
ампермен pint шамасы ретінде сақтаңыз (0,5 % дәлдікпен). `sp.solve` немесе квадрат теңдеу түбірлерінің
формуласын қолдануға болады.""",
               ru="""Теперь точный ток. Батарея отдаёт двигателю мощность $P = UI = (\\mathcal{E} - IR)\\,I$, то есть выполняется
квадратное уравнение $R I^2 - \\mathcal{E} I + P = 0$. Решите его для батареи 96s40p при 80 кВт и возьмите меньший
корень (рабочий ток; при большем корне бо́льшая часть ЭДС терялась бы внутри батареи). Сохраните `I_exact` как
величину pint в амперах (с точностью до 0,5 %). Можно использовать `sp.solve` или формулу корней квадратного
уравнения.""",
               en="""Now the exact current. The pack delivers $P = UI = (\\mathcal{E} - IR)\\,I$ to the motor, so the quadratic
$R I^2 - \\mathcal{E} I + P = 0$ holds. Solve it for the 96s40p pack at 80 kW and take the smaller root (the working
current; at the larger root most of the EMF would be lost inside the pack). Store `I_exact` as a pint quantity in
amperes (within 0.5 %). You may use `sp.solve` or the quadratic formula."""),
        a.answer("current-exact", """emf_96, R_96 = 96 * 3.6, 96 * 0.025 / 40       # V and ohm
P_motor = 80_000                                   # W
I = sp.symbols("I", positive=True)
roots = sp.solve(sp.Eq(R_96 * I**2 - emf_96 * I + P_motor, 0), I)
I_exact = float(min(roots)) * ureg.A""", hint={
            "kk": "I_exact = ...  (pint шамасы, ампермен)", "ru": "I_exact = ...  (величина pint в амперах)",
            "en": "I_exact = ...  (a pint quantity in A)"}),
        a.tests("current-exact-test", 2, public=f"""require(compare(I_exact, "A", mode="dimension"))
advise(self_check(I_exact, "{token['I_exact']}"))""",
                hidden="""require(compare(I_exact, "241.617 A", mode="units", rtol=0.005, rules=[
    rules.wrong_answer("231.481 A", code="estimate", message={
        "kk": "Бұл I ≈ P/ℰ бағалауы: квадрат теңдеудің түбірін табыңыз.",
        "ru": "Это оценка I ≈ P/ℰ: найдите корень квадратного уравнения.",
        "en": "That is the estimate I ≈ P/ℰ: find the root of the quadratic."}),
    rules.wrong_answer("5518.38 A", code="larger-root", message={
        "kk": "Бұл үлкен түбір: онда ЭҚК-тің көп бөлігі батареяның ішінде жоғалады. Кіші түбірді алыңыз.",
        "ru": "Это больший корень: при нём бо́льшая часть ЭДС теряется внутри батареи. Возьмите меньший.",
        "en": "That is the larger root: most of the EMF would be lost inside the pack. Take the smaller one."})]), points=2)"""),

        a.task(5, 2, "B",
               kk="""80 кВт берген кезде 96s40p батареясының ішкі кедергісінде қанша қуат жылуға айналады (Джоуль–Ленц заңы,
$P_{\\text{шығын}} = I^2 R$, 4-тапсырманың нақты тогымен)? Жауапты `P_loss` айнымалысына ваттпен pint шамасы ретінде
сақтаңыз (қуаттың басқа бірлігі де қабылданады; 1 % дәлдікпен).""",
               ru="""Сколько мощности превращается в тепло во внутреннем сопротивлении батареи 96s40p, когда она отдаёт 80 кВт
(закон Джоуля–Ленца, $P_{\\text{пот}} = I^2 R$, с точным током из задачи 4)? Сохраните ответ в `P_loss` как величину
pint в ваттах (другая единица мощности тоже принимается; с точностью до 1 %).""",
               en="""How much power turns into heat in the internal resistance of the 96s40p pack while it delivers 80 kW (Joule's
law, $P_{\\text{loss}} = I^2 R$, with the exact current of task 4)? Store the answer in `P_loss` as a pint quantity
in watts (another unit of power is accepted too; within 1 %)."""),
        a.answer("heat-loss-exact", """R_96x40 = 96 * 0.025 / 40 * ureg.ohm          # R = s*r/p
P_loss = (I_exact**2 * R_96x40).to("W")""", hint={
            "kk": "P_loss = ...  (pint шамасы, ваттпен)", "ru": "P_loss = ...  (величина pint в ваттах)",
            "en": "P_loss = ...  (a pint quantity in W)"}),
        a.tests("heat-loss-exact-test", 2, public=f"""require(compare(P_loss, "W", mode="dimension"))
advise(self_check(P_loss, "{token['P_loss']}"))""",
                hidden="""require(compare(P_loss, "3502.72 W", mode="units", rtol=0.01, rules=[
    rules.wrong_answer("3215.02 W", code="estimate-loss", message={
        "kk": "Бұл бағаланған токпен (I ≈ P/ℰ) есептелген шығын: нақты токты алыңыз.",
        "ru": "Это потери с оценочным током I ≈ P/ℰ: возьмите точный ток.",
        "en": "That is the loss with the estimated current I ≈ P/ℰ: use the exact current."}),
    rules.wrong_answer("1459.46 W", code="cell-resistance", message={
        "kk": "Бір элементтің r кедергісі емес, батареяның R = s·r/p кедергісі керек.",
        "ru": "Нужно сопротивление батареи R = s·r/p, а не одного элемента r.",
        "en": "Use the pack's resistance R = s·r/p, not one cell's r."})]), points=2)"""),

        a.task(6, 1, "A",
               kk="""Элементтерді қорғау үшін батареяны басқару жүйесі (BMS) энергияның тек 90 %-ын пайдалануға береді. Орташа
электромобиль 100 км-ге шамамен 17 кВт·сағ жұмсайды (әдеттегі мән; қыста көбірек). 96s40p батареясымен автомобиль
қанша жол жүреді? Жауапты `range_base` айнымалысына километрмен pint шамасы ретінде сақтаңыз (1 % дәлдікпен).""",
               ru="""Чтобы беречь элементы, система управления батареей (BMS) даёт использовать только 90 % энергии. Электромобиль
среднего класса тратит около 17 кВт·ч на 100 км (типичное значение; зимой больше). Сколько проедет автомобиль с
батареей 96s40p? Сохраните ответ в `range_base` как величину pint в километрах (с точностью до 1 %).""",
               en="""To protect the cells, the battery management system (BMS) lets the car use only 90 % of the energy. A mid-size
electric car uses about 17 kWh per 100 km (a typical value; more in winter). How far does the car go with the 96s40p
pack? Store the answer in `range_base` as a pint quantity in kilometres (within 1 %)."""),
        a.answer("range", """W_96x40 = (96 * 3.6 * ureg.V * 40 * 4.8 * ureg("A*h")).to("kWh")
usable = 0.9 * W_96x40
range_base = (usable / (17 * ureg.kWh / (100 * ureg.km))).to("km")""", hint={
            "kk": "range_base = ...  (pint шамасы, километрмен)", "ru": "range_base = ...  (величина pint в километрах)",
            "en": "range_base = ...  (a pint quantity in km)"}),
        a.tests("range-test", 1, public=f"""require(compare(range_base, "km", mode="dimension"))
advise(self_check(range_base, "{token['range']}"))""",
                hidden="""require(compare(range_base, "351.292 km", mode="units", rtol=0.01))"""),

        a.text(kk="## Б бөлім. Функция, жоба және түсіндіру", ru="## Часть В. Функция, проект и объяснение",
               en="## Part C. A function, a design and an explanation"),
        a.task(7, 2, "B",
               kk="""Жобалаушылар кез келген элементтен жиналған кез келген батареяны тез бағалағысы келеді. `pack(s, p, cell=CELL)`
функциясын жазыңыз. `cell` — `CELL` сияқты сөздік: `"emf"` (В), `"Q"` (А·сағ), `"r"` (Ом). Функция **жай сандардан**
(`float`, pint шамалары емес) тұратын сөздік қайтарсын:

* `"V"` — номинал кернеу, В; `"Q"` — сыйымдылық, А·сағ;
* `"W"` — энергия, кВт·сағ; `"R"` — ішкі кедергі, Ом.

Тексерулер функцияны басқа элементтермен де шақырады (мысалы, 3,2 В, 100 А·сағ LFP элементі), сондықтан сандарды
`cell` сөздігінен алыңыз. Мысал: `pack(2, 3)` нәтижесі `{"V": 7.2, "Q": 14.4, "W": 0.10368, "R": 0.016666...}`.""",
               ru="""Конструкторы хотят быстро оценивать любую батарею из любого элемента. Напишите функцию `pack(s, p, cell=CELL)`.
`cell` — словарь, как `CELL`: `"emf"` (В), `"Q"` (А·ч), `"r"` (Ом). Функция возвращает словарь **обычных чисел**
(`float`, а не величин pint):

* `"V"` — номинальное напряжение в В; `"Q"` — ёмкость в А·ч;
* `"W"` — энергия в кВт·ч; `"R"` — внутреннее сопротивление в Ом.

Проверки вызывают её и с другими элементами (например, LFP-элемент 3,2 В, 100 А·ч), поэтому берите числа из словаря
`cell`. Пример: `pack(2, 3)` даёт `{"V": 7.2, "Q": 14.4, "W": 0.10368, "R": 0.016666...}`.""",
               en="""The designers want to judge any pack of any cell quickly. Write a function `pack(s, p, cell=CELL)`. `cell` is a
dictionary like `CELL`: `"emf"` (V), `"Q"` (Ah), `"r"` (Ω). The function returns a dictionary of **plain numbers**
(`float`, not pint quantities):

* `"V"`: the nominal voltage in V; `"Q"`: the capacity in Ah;
* `"W"`: the energy in kWh; `"R"`: the internal resistance in Ω.

The checks also call it with other cells (for example a 3.2 V, 100 Ah LFP cell), so take the numbers from the
dictionary `cell`. Example: `pack(2, 3)` gives `{"V": 7.2, "Q": 14.4, "W": 0.10368, "R": 0.016666...}`."""),
        a.answer("pack-function", """def pack(s, p, cell=CELL):
    V = s * cell["emf"]                       # series: EMFs add up
    Q = p * cell["Q"]                         # parallel: capacities add up
    return {"V": V, "Q": Q, "W": V * Q / 1000, "R": s * cell["r"] / p}""", hint={
            "kk": "def pack(s, p, cell=CELL): ...  {\"V\": ..., \"Q\": ..., \"W\": ..., \"R\": ...} сөздігін жай сандармен қайтарады",
            "ru": "def pack(s, p, cell=CELL): ...  возвращает {\"V\": ..., \"Q\": ..., \"W\": ..., \"R\": ...} обычными числами",
            "en": "def pack(s, p, cell=CELL): ...  returns {\"V\": ..., \"Q\": ..., \"W\": ..., \"R\": ...} as plain numbers"}),
        a.tests("pack-function-test", 2, public="""assert callable(pack), pick({"kk": "pack — функция болуы керек (def pack(s, p, cell=CELL): ...).", "ru": "pack должна быть функцией (def pack(s, p, cell=CELL): ...).", "en": "pack should be a function (def pack(s, p, cell=CELL): ...)."})
example = pack(2, 3)
assert isinstance(example, dict) and {"V", "Q", "W", "R"} <= set(example), pick({"kk": "pack сөздік қайтаруы керек: {\\"V\\": ..., \\"Q\\": ..., \\"W\\": ..., \\"R\\": ...}", "ru": "pack должна возвращать словарь {\\"V\\": ..., \\"Q\\": ..., \\"W\\": ..., \\"R\\": ...}", "en": "pack should return a dictionary {\\"V\\": ..., \\"Q\\": ..., \\"W\\": ..., \\"R\\": ...}"})
# [kk] тапсырма мәтініндегі мысал
# [ru] пример из текста задачи
# [en] the example from the task text
require(compare([example[key] for key in ("V", "Q", "W", "R")], [7.2, 14.4, 0.10368, 0.025 * 2 / 3], mode="numeric", rtol=1e-6))""",
                hidden="""from curriculum.labs.battery import pack as reference_pack

def _pack_values(fn):
    return lambda s, p, cell: tuple(float(fn(s, p, cell)[key]) for key in ("V", "Q", "W", "R"))

cells = (CELL, {"emf": 3.2, "Q": 100.0, "r": 0.0005}, {"emf": 3.7, "Q": 3.0, "r": 0.04})
cases = [(s_, p_, c) for c in cells for s_, p_ in [(1, 1), (2, 3), (96, 40), (98, 36), (100, 42), (108, 1), (13, 7), (192, 20)]]
require(check_function(_pack_values(pack), _pack_values(reference_pack), inputs=cases, rtol=1e-6, name="pack"))"""),

        a.task(8, 2, "C",
               kk="""Жаңа модельге батарея керек. Техникалық тапсырма: номинал кернеу кемінде 350 В, энергия кемінде 60 кВт·сағ,
80 кВт кезіндегі жылу шығыны сол қуаттың 4 %-ынан аз (нақты токпен, зертхана есептегендей), ал корпусқа ең көбі
4500 элемент сыяды. Төмендегі зертханада $s$ пен $p$-ны таңдап, **Жобаны тексеру** батырмасын басыңыз. Жоба
талаптарға сай болғанда, зертхана көрсеткен жолды (`design = {...}`) жауап ұяшығына көшіріңіз: бағалау кезінде
ешкім жүгірткіні жылжытпайды, сондықтан жобаңыз кодта сақталуы керек.""",
               ru="""Новой модели нужна батарея. Техническое задание: номинальное напряжение не меньше 350 В, энергия не меньше
60 кВт·ч, тепловые потери при 80 кВт меньше 4 % этой мощности (с точным током, как считает лаборатория), а в корпус
помещается не больше 4500 элементов. Подберите $s$ и $p$ в лаборатории ниже и нажмите **Проверить проект**. Когда
проект выполняет все требования, скопируйте строку, которую показывает лаборатория (`design = {...}`), в ячейку
ответа: при оценивании никто не двигает ползунки, поэтому проект должен быть записан в коде.""",
               en="""The new model needs a pack. The specification: a nominal voltage of at least 350 V, at least 60 kWh of energy,
a heat loss at 80 kW under 4 % of that power (with the exact current, as the lab computes it), and the housing holds
at most 4500 cells. Choose $s$ and $p$ in the lab below and press **Check the design**. When the design meets every
requirement, copy the line the lab shows (`design = {...}`) into the answer cell: nobody moves a slider when your
work is graded, so the design has to live in code."""),
        a.code("""battery.make_lab("pack-80kw")"""),
        a.answer("design", "design = {'s': 100.0, 'p': 42.0}", hint={
            "kk": "design = {'s': ..., 'p': ...}   (зертхана көрсеткен жол)",
            "ru": "design = {'s': ..., 'p': ...}   (строка, которую показывает лаборатория)",
            "en": "design = {'s': ..., 'p': ...}   (the line the lab shows)"}),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {"s", "p"} <= set(design), pick({"kk": "design = {'s': ..., 'p': ...} (зертхана көрсететін жол)", "ru": "design = {'s': ..., 'p': ...} (строка, которую показывает лаборатория)", "en": "design = {'s': ..., 'p': ...} (the line the lab shows)"})
advise(check_design(design, battery.DESIGN_SPEC, model=battery.design_result))""",
                hidden="""require(check_design(design, battery.DESIGN_SPEC, model=battery.design_result))"""),

        a.task(9, 3, "C", locked_id="series-parallel-prompt",
               kk="""4–7 сөйлеммен түсіндіріңіз:
1. неге элементтерді тізбектей жалғау кернеуді арттырады, ал тізбектерді параллель жалғау ішкі кедергіні азайтады;
2. неге автомобиль жасаушылар жоғары кернеулі батареяларға (400 В, тіпті 800 В) көшуде: бірдей қуатта не өзгереді
   және шығын дәл қай жерде азаяды? Өз жұмысыңыздағы сандарды келтіріңіз.""",
               ru="""В 4–7 предложениях объясните:
1. почему последовательное соединение элементов повышает напряжение, а параллельное соединение цепочек уменьшает
   внутреннее сопротивление;
2. почему производители автомобилей переходят на высоковольтные батареи (400 В и даже 800 В): что меняется при той
   же мощности и где именно уменьшаются потери? Приведите числа из своей работы.""",
               en="""In 4–7 sentences explain:
1. why connecting cells in series raises the voltage, while connecting strings in parallel lowers the internal
   resistance;
2. why car makers move to high-voltage packs (400 V, even 800 V): what changes at the same power, and where exactly
   do the losses fall? Quote numbers from your work.""",
               rubric={
                   "kk": """* 1 ұпай: тізбектей жалғағанда әр элемент зарядқа өз жұмысын қосады, сондықтан ЭҚК-тер қосылады ($V = s\\mathcal{E}$),
  бірақ ток әр элементтен өтеді, сондықтан кедергілер де қосылады ($sr$); параллель жалғағанда ток $p$ жолға
  бөлінеді, жалпы кедергі $p$ есе кіші ($R = sr/p$), ал сыйымдылық $p$ есе үлкен.
* 1 ұпай: бірдей қуатта ток кернеуге кері пропорционал: кернеу екі есе артса, ток шамамен екі есе кемиді, ал тұрақты
  кедергідегі $I^2R$ шығын шамамен төрт есе кемиді (кабельдер, шиналар, контакторлар, қозғалтқыш орамдары; жіңішке
  кабель жеткілікті). Сандармен: 96s40p батареясы 80 кВт кезінде $I \\approx 241{,}6$ А береді ($P/\\mathcal{E}$
  бағалауы 231,5 А) және шамамен 3503 Вт (4,4 %) жоғалтады.
* 1 ұпай: дәл қорытынды: элементтер саны бірдей болса, элементтердің өз шығыны жалғау тәсіліне тәуелсіз (192s20p
  токты екі есе азайтады, бірақ $R$ төрт есе үлкен), сондықтан ұтыс негізінен элементтерден тыс: 5 мОм кабельде
  96s40p кезінде ≈ 292 Вт, 192s20p кезінде ≈ 73 Вт; немесе басқа дұрыс, анық негізделген сандық салыстыру.""",
                   "ru": """* 1 балл: при последовательном соединении каждый элемент добавляет свою работу над зарядом, поэтому ЭДС
  складываются ($V = s\\mathcal{E}$), но ток проходит через каждый элемент, поэтому складываются и сопротивления
  ($sr$); при параллельном соединении ток делится на $p$ путей, общее сопротивление в $p$ раз меньше ($R = sr/p$), а
  ёмкость в $p$ раз больше.
* 1 балл: при той же мощности ток обратно пропорционален напряжению: при вдвое большем напряжении ток примерно вдвое
  меньше, а потери $I^2R$ в неизменном сопротивлении примерно вчетверо меньше (кабели, шины, контакторы, обмотки
  двигателя; хватит более тонких кабелей). С числами: батарея 96s40p при 80 кВт даёт $I \\approx 241{,}6$ А (оценка
  $P/\\mathcal{E}$ даёт 231,5 А) и теряет около 3503 Вт (4,4 %).
* 1 балл: точный вывод: при том же числе элементов потери в самих элементах не зависят от схемы (192s20p вдвое
  уменьшает ток, но $R$ вчетверо больше), поэтому выигрыш в основном вне элементов: в 5 мОм кабелей ≈ 292 Вт у 96s40p
  и ≈ 73 Вт у 192s20p; или другое верное, ясно обоснованное количественное сравнение.""",
                   "en": """* 1 point: in series each cell adds its own work on the charge, so the EMFs add up ($V = s\\mathcal{E}$), but the
  current flows through every cell, so the resistances add up too ($sr$); in parallel the current splits into $p$
  paths, the total resistance is $p$ times smaller ($R = sr/p$) and the capacity $p$ times larger.
* 1 point: at the same power the current is inversely proportional to the voltage: twice the voltage means about half
  the current, and the loss $I^2R$ in a fixed resistance about a quarter (cables, busbars, contactors, motor windings;
  thinner cables will do). With numbers: the 96s40p pack at 80 kW carries $I \\approx 241.6$ A (the estimate
  $P/\\mathcal{E}$ gives 231.5 A) and loses about 3503 W (4.4 %).
* 1 point: the precise conclusion: with the same number of cells the cells' own loss does not depend on the
  arrangement (192s20p halves the current but has four times the $R$), so the gain is mostly outside the cells: in
  5 mΩ of cables about 292 W for 96s40p against 73 W for 192s20p; or another correct, clearly argued quantitative
  comparison."""}),
        a.written("series-parallel", 3, """**Model answer (en).** In series the same current passes through every cell and each cell adds its EMF, so 96
cells give $96 \\cdot 3.6 = 345.6$ V; their resistances add up as well. In parallel the current divides between
$p$ strings, so the pack resistance is $R = sr/p$ ($0.06$ Ω for 96s40p) and the capacity grows $p$ times.
At 80 kW the 96s40p pack carries the current $I \\approx 241.6$ A (the root of $RI^2 - \\mathcal{E}I + P = 0$; the
estimate $P/\\mathcal{E}$ gives 231.5 A) and heats up by about 3503 W (4.4 %). Doubling the voltage roughly halves
the current, so the loss in every fixed resistance (cables, busbars, contactors, motor windings) falls about four
times: in 5 mΩ of cables 292 W for 96s40p but 73 W for 192s20p, and thinner, lighter cables will do. Inside the
cells nothing is won with the same 3840 cells: 192s20p halves the current but has four times the resistance.

**Үлгі жауап (kk).** Тізбектей жалғағанда әр элемент өз ЭҚК-ін қосады: 96 элемент $345{,}6$ В береді, кедергілер де
қосылады. Параллель жалғағанда ток $p$ тізбекке бөлінеді, сондықтан $R = sr/p$ (96s40p үшін 0,06 Ом). 80 кВт кезінде
ток $I \\approx 241{,}6$ А ($P/\\mathcal{E}$ бағалауы 231,5 А береді), шығын ≈ 3503 Вт (4,4 %). Кернеу екі есе артса,
ток шамамен екі есе кемиді, кабельдердегі шығын шамамен төрт есе кемиді: 5 мОм кабельде 96s40p кезінде 292 Вт,
192s20p кезінде 73 Вт. Элементтер саны бірдей болса, элементтердегі шығын өзгермейді.

**Образец ответа (ru).** При последовательном соединении ЭДС элементов складываются: 96 элементов дают 345,6 В,
сопротивления тоже складываются. При параллельном соединении ток делится на $p$ цепочек, поэтому $R = sr/p$
(0,06 Ом у 96s40p). При 80 кВт ток $I \\approx 241{,}6$ А (оценка $P/\\mathcal{E}$ даёт 231,5 А), потери ≈ 3503 Вт
(4,4 %). При вдвое большем напряжении ток примерно вдвое меньше, а потери в кабелях примерно вчетверо меньше: в 5 мОм
кабелей 292 Вт у 96s40p и 73 Вт у 192s20p. При том же числе элементов потери в самих элементах не меняются."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "battery.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
