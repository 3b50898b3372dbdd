"""Writes phys-07-hydraulic-lift's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python physics/phys-07-hydraulic-lift/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_phys_07_hydraulic_lift.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the tasks or comes from the lab's model
(``curriculum.labs.hydraulic_lift``); the module's test pins each one to the model.
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
MODULE = "phys-07-hydraulic-lift"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """from curriculum.units import ureg
from curriculum.i18n import pick
from curriculum.labs import hydraulic_lift"""


# -- lesson 1: pressure and Pascal's law ----------------------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Гидравликалық көтергіш, 1-сабақ. Қысым және Паскаль заңы

Сервистік аймаққа дөңгелегін ауыстыру үшін массасы 1500 кг көлік келді. Шебер оны жылжымалы **гидравликалық
көтергішпен** (hydraulic lift) көтереді: ол сорғының тұтқасын қолымен басады, ал көлік тұрған алаң біртіндеп
жоғары көтеріледі. Тұтқа кіші поршеньді тура басады (бұл сорғыда иінтірек жоқ), сондықтан қолдың күші кіші
поршеньге түсетін күшке тең. Қолдың күші 250 Н-нан аспайды, ал көліктің салмағы — 14 700 Н. Бір жарым тонна көлікті қол
қалай көтереді? Көтергіштің ішінде — май мен екі **поршень** (piston). Бұл сабақта май күшті бермесе, нені
беретінін анықтаймыз.""",
            ru="""# Гидравлический подъёмник, урок 1. Давление и закон Паскаля

В сервисную зону пришла машина массой 1500 кг: нужно сменить колесо. Мастер поднимает её передвижным
**гидравлическим подъёмником** (hydraulic lift): качает рукой ручку насоса, и площадка с машиной понемногу
поднимается. Ручка давит на малый поршень напрямую (рычага у этого насоса нет), поэтому сила руки и есть
сила на малом поршне. Сила руки не больше 250 Н, а вес машины — 14 700 Н. Как рука поднимает полторы тонны? Внутри
подъёмника — масло и два **поршня** (piston). На этом уроке выясним, что передаёт масло, если не силу.""",
            en="""# The hydraulic lift, lesson 1. Pressure and Pascal's law

A car of mass 1500 kg has come to the service bay for a wheel change. The fitter lifts it with the mobile
**hydraulic lift**: he works the pump's handle by hand, and the platform with the car rises bit by bit. The handle
pushes straight on the small piston (this pump has no lever), so the hand's force is the force on the small piston.
The hand pushes with no more than 250 N, and the car weighs 14,700 N. How does a hand lift one and a half tonnes? Inside the
lift are oil and two **pistons**. In this lesson we find out what the oil passes on, if not the force."""),
        a.text(
            kk="""## 1. Қысым

Бірдей күш үлкен ауданға түссе, аз басады, ал кіші ауданға түссе, қатты басады. Мұны **қысым** (pressure)
сипаттайды — бетке перпендикуляр күштің сол беттің **ауданына** (area) бөліндісі:

$p = F/S$, мұндағы $F$ — күш (Н), $S$ — аудан (м²), $p$ — қысым, паскальмен (Па): 1 Па = 1 Н/м².

Паскаль — кішкентай бірлік, сондықтан техникада килопаскаль мен бар қолданылады: 1 кПа = 1000 Па,
1 бар = 100 кПа = 100 000 Па. Жеңіл көліктің шинасындағы ауаның қысымы шамамен 2,2 бар. Аудан шаршы метрмен
алынады: 1 см² = 0,0001 м².""",
            ru="""## 1. Давление

Одна и та же сила, приложенная к большой площади, давит слабо, а к маленькой — сильно. Это описывает **давление**
(pressure) — сила, перпендикулярная поверхности, делённая на **площадь** (area) этой поверхности:

$p = F/S$, где $F$ — сила (Н), $S$ — площадь (м²), $p$ — давление в паскалях (Па): 1 Па = 1 Н/м².

Паскаль — маленькая единица, поэтому в технике пользуются килопаскалями и барами: 1 кПа = 1000 Па,
1 бар = 100 кПа = 100 000 Па. Давление воздуха в шине легковой машины — около 2,2 бар. Площадь берут в
квадратных метрах: 1 см² = 0,0001 м².""",
            en="""## 1. Pressure

The same force on a large area presses gently, and on a small area hard. This is what **pressure** describes: the
force at right angles to a surface divided by the surface's **area**:

$p = F/S$, where $F$ is the force (N), $S$ the area (m²) and $p$ the pressure in pascals (Pa): 1 Pa = 1 N/m².

A pascal is a small unit, so engineers use kilopascals and bar: 1 kPa = 1000 Pa, 1 bar = 100 kPa = 100,000 Pa. The
air in a passenger car's tyre is at about 2.2 bar. Areas are taken in square metres: 1 cm² = 0.0001 m²."""),
        a.formula(r"$$p = \frac{F}{S},\qquad P = m g$$"),
        a.example(
            kk="""### 1-мысал

Алдымен бағалаңыз: 1500 кг көлік еденге төрт шинасымен тұр, әр шинаның еденге тиетін ауданы 150 см². Шиналар
еденді шамамен 2 Па, 2 кПа әлде 2 бар қысыммен баса ма?

Көліктің салмағы $P = mg = 1500 \\cdot 9{,}8 = 14700$ Н. Төрт шинаның ауданы $4 \\cdot 150 = 600$ см² $= 0{,}06$ м².
Қысым $p = 14700 / 0{,}06 = 245000$ Па $= 245$ кПа $= 2{,}45$ бар — шинадағы ауаның қысымына жақын: көлікті
шинадағы ауа ұстап тұр. Келесі ұяшық дәл осыны pint бірліктерімен және зертхананың моделімен есептейді.""",
            ru="""### Пример 1

Сначала оцените: машина массой 1500 кг стоит на полу на четырёх шинах, каждая касается пола площадью 150 см².
Давят ли шины на пол с давлением около 2 Па, 2 кПа или 2 бар?

Вес машины $P = mg = 1500 \\cdot 9{,}8 = 14700$ Н. Площадь четырёх шин $4 \\cdot 150 = 600$ см² $= 0{,}06$ м².
Давление $p = 14700 / 0{,}06 = 245000$ Па $= 245$ кПа $= 2{,}45$ бар — близко к давлению воздуха в шине:
машину держит воздух в шинах. Следующая ячейка считает то же с единицами pint и моделью лаборатории.""",
            en="""### Example 1

Estimate first: a car of 1500 kg stands on the floor on four tyres, each touching the floor over 150 cm². Do the
tyres press on the floor with about 2 Pa, 2 kPa or 2 bar?

The car's weight is $P = mg = 1500 \\cdot 9.8 = 14700$ N. The four tyres' area is $4 \\cdot 150 = 600$ cm²
$= 0.06$ m². The pressure is $p = 14700 / 0.06 = 245000$ Pa $= 245$ kPa $= 2.45$ bar: close to the air
pressure in a tyre, for it is the air in the tyres that holds the car up. The next cell computes the same with pint
units and with the lab's model."""),
        a.code("""P = 1500 * ureg.kilogram * 9.8 * ureg("N/kg")
S = 4 * 150 * ureg.centimeter**2
p = (P / S).to("kPa")
kPa = pick({"kk": "кПа", "ru": "кПа", "en": "kPa"})
bar = pick({"kk": "бар", "ru": "бар", "en": "bar"})
print("p =", round(p.magnitude), kPa, "=", round(p.to("bar").magnitude, 2), bar)
# [kk] зертхананың моделі паскальмен береді:
# [ru] модель лаборатории даёт паскали:
# [en] the lab's model gives pascals:
print(round(hydraulic_lift.pressure(hydraulic_lift.weight(1500), 0.06)))""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Тимур былай дейді: «Көлік жұмысшыдан әлдеқайда ауыр, сондықтан еденді де әлдеқайда қатты басады». Массасы 70 кг
жұмысшы бір өкшесіне тұрды, өкшенің ауданы 10 см². Оның еденге қысымын есептеп, көліктің шиналарының 245 кПа
қысымымен салыстырыңыз. Күш пен қысымды ажыратыңыз: күш аз болса да, аудан кіші болса, қысым үлкен. Төмендегі
ұяшық тексереді.""",
            ru="""### Верно ли?

Тимур говорит: «Машина намного тяжелее рабочего, значит, и на пол она давит намного сильнее». Рабочий массой
70 кг встал на один каблук площадью 10 см². Вычислите его давление на пол и сравните с давлением шин машины
245 кПа. Различайте силу и давление: сила может быть меньше, а давление больше, если площадь мала. Ячейка ниже
проверяет.""",
            en="""### Is it true?

Timur says: "The car is far heavier than a worker, so it presses on the floor far harder." A worker of 70 kg stands
on one heel of area 10 cm². Compute his pressure on the floor and compare it with the car tyres' 245 kPa. Tell
force from pressure: with a smaller force the pressure can still be larger, when the area is small. The cell below
checks."""),
        a.code("""P = hydraulic_lift.weight(70)
p = hydraulic_lift.pressure(P, 10 / 10_000)
print("P =", round(P), pick({"kk": "Н", "ru": "Н", "en": "N"}))
print("p =", round(p / 1000), pick({"kk": "кПа", "ru": "кПа", "en": "kPa"}), ">", 245)""", role="misconception"),
        a.text(
            kk="""## 2. Паскаль заңы

Қатты денеге түсірілген күш тек өз бағытымен беріледі. Сұйық басқаша: поршень майды басқанда, майдың әр
нүктесіндегі қысым бірдей шамаға артады. **Паскаль заңы** (Pascal's law): сұйыққа немесе газға түсірілген қысым
оның әр нүктесіне барлық бағытта өзгеріссіз беріледі.

Көтергіште сорғының кіші поршені $S_1$ ауданымен майды $F_1$ күшпен басады: майдың қысымы $p = F_1/S_1$. Дәл осы
қысым үлкен поршеньді астынан басады, сондықтан оған $F_2 = p \\cdot S_2$ күш әсер етеді. Үлкен поршеньнің ауданы
неше есе үлкен болса, оған әсер ететін күш те сонша есе үлкен. Май күшті емес, **қысымды** береді.""",
            ru="""## 2. Закон Паскаля

Сила, приложенная к твёрдому телу, передаётся только в своём направлении. Жидкость ведёт себя иначе: когда поршень
давит на масло, давление в каждой точке масла растёт на одну и ту же величину. **Закон Паскаля** (Pascal's law):
давление, производимое на жидкость или газ, передаётся в каждую их точку без изменений во всех направлениях.

В подъёмнике малый поршень насоса площадью $S_1$ давит на масло с силой $F_1$: давление масла $p = F_1/S_1$. Это же
давление давит снизу на большой поршень, поэтому на него действует сила $F_2 = p \\cdot S_2$. Во сколько раз площадь
большого поршня больше, во столько раз больше и сила на нём. Масло передаёт не силу, а **давление**.""",
            en="""## 2. Pascal's law

A force on a solid body is passed on only in its own direction. A liquid behaves differently: when a piston presses
on the oil, the pressure at every point of the oil rises by the same amount. **Pascal's law**: pressure applied to
a liquid or a gas is passed on unchanged to every point of it, in every direction.

In the lift, the pump's small piston of area $S_1$ presses on the oil with the force $F_1$: the oil's pressure is
$p = F_1/S_1$. The same pressure presses from below on the large piston, so a force $F_2 = p \\cdot S_2$ acts on
it. As many times as the large piston's area is larger, so many times larger is the force on it. The oil passes on
not the force but the **pressure**."""),
        a.formula(r"$$p = \frac{F_1}{S_1} = \frac{F_2}{S_2},\qquad F_2 = F_1\cdot\frac{S_2}{S_1}$$"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана кіші поршені 30 мм, үлкен поршені 120 мм көтергіштен басталады, алаңда 1500 кг көлік тұр. ▶ батырмасын
баспас бұрын жауап беріңіз: қай поршеньнің астында қысым үлкен? Қай поршеньге күш үлкен? Кіші поршеньге 250 Н-нан
аз күш жете ме? Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория начинается с подъёмника с малым поршнем 30 мм и большим 120 мм, на площадке — машина 1500 кг. Прежде
чем нажать ▶, ответьте: под каким поршнем давление больше? На какой поршень сила больше? Хватит ли на малом
поршне силы меньше 250 Н? Запишите предсказание в тетрадь.""",
            en="""### Predict first

The lab starts with a lift whose small piston is 30 mm across and the large one 120 mm, a 1500 kg car on the
platform. Before you press ▶, answer: under which piston is the pressure larger? On which piston is the force
larger? Is less than 250 N on the small piston enough? Write your prediction down."""),
        a.lab("""lab = hydraulic_lift.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. ▶ батырмасын басыңыз: сорғы көлікті 100 мм көтереді. Сорғы неше жүріс жасады? Кіші поршеньнің жолы көліктің
   көтерілген биіктігінен неше есе ұзын?
2. Кіші поршеньнің диаметрін $d$ біртіндеп азайтыңыз. Қай $d$ кезінде оған түсетін күш 250 Н-нан аз болады? Майдың
   қысымы өзгере ме? Неге?
3. Үлкен поршеньнің диаметрін $D$ арттырыңыз. Қай $D$ кезінде қысым 10 бардан төмен түседі? Кіші поршеньге
   күш қалай өзгереді?
4. Көліктің массасын 3000 кг-ға арттырыңыз. Қай шамалар екі есе өсті, қайсысы өзгермеді?
   (Көтергіштің барлық саны — ойдан алынған, бірақ шынайыға ұқсас.)""",
            ru="""### Исследуйте

1. Нажмите ▶: насос поднимает машину на 100 мм. Сколько ходов сделал насос? Во сколько раз путь малого поршня
   длиннее высоты, на которую поднялась машина?
2. Постепенно уменьшайте диаметр малого поршня $d$. При каком $d$ сила на нём станет меньше 250 Н? Меняется ли
   давление масла? Почему?
3. Увеличивайте диаметр большого поршня $D$. При каком $D$ давление опускается ниже 10 бар? Как меняется сила на
   малом поршне?
4. Увеличьте массу машины до 3000 кг. Какие величины выросли вдвое, а какие не изменились?
   (Все числа подъёмника придуманы для задачи, но похожи на настоящие.)""",
            en="""### Explore

1. Press ▶: the pump lifts the car 100 mm. How many strokes did the pump make? How many times longer is the small
   piston's travel than the height the car rose?
2. Make the small piston's diameter $d$ smaller step by step. At which $d$ does the force on it fall below 250 N?
   Does the oil's pressure change? Why?
3. Make the large piston's diameter $D$ larger. At which $D$ does the pressure fall below 10 bar? How does the force
   on the small piston change?
4. Make the car's mass 3000 kg. Which quantities doubled, and which did not change?
   (All the lift's numbers are made up for the task, but they are like real ones.)"""),
        a.summary(
            kk="""## Қорытынды

* **Қысым** — бетке перпендикуляр күштің **ауданға** бөліндісі: $p = F/S$; 1 Па = 1 Н/м², 1 кПа = 1000 Па,
  1 бар = 100 кПа.
* Күш пен қысым — әртүрлі шамалар: кіші ауданға түскен аз күш үлкен қысым береді.
* **Салмақ** $P = mg$ — ньютонмен өлшенетін күш; қысымды салмақтан табамыз, массадан емес.
* **Паскаль заңы**: сұйыққа түсірілген қысым оның әр нүктесіне өзгеріссіз беріледі.
* **Гидравликалық көтергіште** екі поршеньнің астында қысым бірдей, ал күш үлкен поршеньде үлкен.
  **Поршень** цилиндрге тығыз кіріп, оның ішінде қозғалады.""",
            ru="""## Итоги

* **Давление** — сила, перпендикулярная поверхности, делённая на **площадь**: $p = F/S$; 1 Па = 1 Н/м²,
  1 кПа = 1000 Па, 1 бар = 100 кПа.
* Сила и давление — разные величины: малая сила на малой площади даёт большое давление.
* **Вес** $P = mg$ — сила в ньютонах; давление находят по весу, а не по массе.
* **Закон Паскаля**: давление, производимое на жидкость, передаётся в каждую её точку без изменений.
* В **гидравлическом подъёмнике** давление под обоими поршнями одинаково, а сила больше на большом поршне.
  **Поршень** плотно входит в цилиндр и движется в нём.""",
            en="""## Summary

* **Pressure** is the force at right angles to a surface divided by its **area**: $p = F/S$; 1 Pa = 1 N/m²,
  1 kPa = 1000 Pa, 1 bar = 100 kPa.
* Force and pressure are different quantities: a small force on a small area gives a large pressure.
* **Weight** $P = mg$ is a force in newtons; pressure comes from the weight, not from the mass.
* **Pascal's law**: pressure applied to a liquid is passed on unchanged to every point of it.
* In a **hydraulic lift** the pressure under both pistons is the same, and the force is larger on the large
  piston. A **piston** fits tightly in its cylinder and moves in it."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Көтергіштің майы кіші поршеньнен үлкен поршеньге ... береді, сондықтан ...».
2. Үйде немесе зауытта қысымды арттыру үшін ауданды қай жерде кішірейтеді, ал азайту үшін қай жерде үлкейтеді?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Масло подъёмника передаёт от малого поршня к большому ..., поэтому ...».
2. Где дома или на заводе уменьшают площадь, чтобы увеличить давление, а где увеличивают, чтобы уменьшить?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "The lift's oil passes ... from the small piston to the large one, so ..."
2. Where, at home or on the plant, is an area made small to raise the pressure, and where large to lower it?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: the hydraulic machine: the gain in force, the piston's travel, the design -------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Гидравликалық көтергіш, 2-сабақ. Гидравликалық машина: күштен ұтыс және поршеньнің жолы

Сервистік аймақтың ескі жылжымалы көтергішіне жаңа сорғы мен жаңа цилиндр керек. Шарттары (зауыттың ойдан
алынған, бірақ шынайыға ұқсас шарттары): жұмысшы сорғының тұтқасын (ол кіші поршеньді тура басады) 250 Н-нан артық
күшпен баспайды; шланг пен
тығыздағыштар 10 бардан жоғары қысымға шыдамайды; көлікті 0,1 м көтеру үшін сорғы 0,2 м-лік 40 жүрістен артық
жасамауы керек. Поршеньдердің диаметрлері қандай болуы керек?""",
            ru="""# Гидравлический подъёмник, урок 2. Гидравлическая машина: выигрыш в силе и путь поршня

Старому передвижному подъёмнику сервисной зоны нужны новый насос и новый цилиндр. Условия (придуманы для задачи,
но похожи на настоящие): рабочий давит на ручку насоса (она давит на малый поршень напрямую) не
сильнее 250 Н; шланг и уплотнения не рассчитаны на давление
выше 10 бар; чтобы поднять машину на 0,1 м, насос должен сделать не больше 40 ходов по 0,2 м. Какими должны быть
диаметры поршней?""",
            en="""# The hydraulic lift, lesson 2. The hydraulic machine: the gain in force and the piston's travel

The service bay's old mobile lift needs a new pump and a new cylinder. The conditions (made up for the task, but
like real ones): a worker pushes on the pump's handle (which pushes straight on the small
piston) with no more than 250 N; the hose and seals are not rated above
10 bar; to lift a car 0.1 m the pump must make no more than 40 strokes of 0.2 m. What diameters should the pistons
have?"""),
        a.text(
            kk="""## 3. Гидравликалық машина

Көтергіш — **гидравликалық машина** (hydraulic machine): маймен толтырылған және бір-бірімен жалғанған екі
цилиндр, әрқайсысында поршень. Паскаль заңы бойынша $F_1/S_1 = F_2/S_2$, демек

$F_2/F_1 = S_2/S_1$ — **күштен ұтыс** (gain in force) поршеньдердің аудандарының қатынасына тең.

Поршеньнің ауданы $S = \\pi d^2/4$, сондықтан $S_2/S_1 = (D/d)^2$: диаметр екі есе үлкен болса, аудан төрт есе
үлкен.

Май сығылмайды. Кіші поршень $s_1$ жол жүріп, $S_1 s_1$ көлемдегі майды ығыстырады, ал бұл май үлкен поршеньді
$s_2$ биіктікке көтереді: $S_1 s_1 = S_2 s_2$. Демек кіші поршеньнің жолы сонша есе ұзын: $s_1 = s_2 \\cdot S_2/S_1$.
Жұмыстар тең: $F_1 s_1 = F_2 s_2$ — бұл механиканың алтын ережесі.""",
            ru="""## 3. Гидравлическая машина

Подъёмник — **гидравлическая машина** (hydraulic machine): два соединённых цилиндра, заполненных маслом, в каждом —
поршень. По закону Паскаля $F_1/S_1 = F_2/S_2$, значит

$F_2/F_1 = S_2/S_1$ — **выигрыш в силе** (gain in force) равен отношению площадей поршней.

Площадь поршня $S = \\pi d^2/4$, поэтому $S_2/S_1 = (D/d)^2$: вдвое больший диаметр — вчетверо большая площадь.

Масло не сжимается. Малый поршень, пройдя путь $s_1$, вытесняет масло объёмом $S_1 s_1$, и это масло поднимает
большой поршень на высоту $s_2$: $S_1 s_1 = S_2 s_2$. Значит, путь малого поршня во столько же раз длиннее:
$s_1 = s_2 \\cdot S_2/S_1$. Работы равны: $F_1 s_1 = F_2 s_2$ — это золотое правило механики.""",
            en="""## 3. The hydraulic machine

The lift is a **hydraulic machine**: two cylinders filled with oil and joined to each other, each with a piston.
By Pascal's law $F_1/S_1 = F_2/S_2$, so

$F_2/F_1 = S_2/S_1$: the **gain in force** is the ratio of the pistons' areas.

A piston's area is $S = \\pi d^2/4$, so $S_2/S_1 = (D/d)^2$: twice the diameter is four times the area.

Oil does not shrink. The small piston, travelling $s_1$, pushes out the oil volume $S_1 s_1$, and this oil raises
the large piston by $s_2$: $S_1 s_1 = S_2 s_2$. So the small piston travels as many times further:
$s_1 = s_2 \\cdot S_2/S_1$. The works are equal: $F_1 s_1 = F_2 s_2$, the golden rule of mechanics."""),
        a.formula(r"$$\frac{F_2}{F_1} = \frac{S_2}{S_1} = \left(\frac{D}{d}\right)^2,\qquad S_1 s_1 = S_2 s_2,"
                  r"\qquad F_1 s_1 = F_2 s_2$$"),
        a.example(
            kk="""### 2-мысал

Кіші поршень $d = 20$ мм, үлкен поршень $D = 160$ мм, алаңда 1500 кг көлік ($P = 14700$ Н). Күштен ұтыс
$(160/20)^2 = 64$. Кіші поршеньге $F_1 = 14700/64 \\approx 229{,}7$ Н керек — 250 Н-нан аз. Үлкен поршеньнің
ауданы $S_2 = \\pi \\cdot 0{,}16^2/4 \\approx 0{,}0201$ м², майдың қысымы $p = 14700/0{,}0201 \\approx 731$ кПа
$\\approx 7{,}31$ бар — 10 бардан төмен. Көлікті 0,1 м көтеру үшін кіші поршень $0{,}1 \\cdot 64 = 6{,}4$ м жүреді:
бұл 0,2 м-лік 32 жүріс. Жұмыс: $229{,}7 \\cdot 6{,}4 \\approx 1470$ Дж және $14700 \\cdot 0{,}1 = 1470$ Дж.""",
            ru="""### Пример 2

Малый поршень $d = 20$ мм, большой $D = 160$ мм, на площадке машина 1500 кг ($P = 14700$ Н). Выигрыш в силе
$(160/20)^2 = 64$. На малый поршень нужно $F_1 = 14700/64 \\approx 229{,}7$ Н — меньше 250 Н. Площадь большого
поршня $S_2 = \\pi \\cdot 0{,}16^2/4 \\approx 0{,}0201$ м², давление масла $p = 14700/0{,}0201 \\approx 731$ кПа
$\\approx 7{,}31$ бар — ниже 10 бар. Чтобы поднять машину на 0,1 м, малый поршень проходит $0{,}1 \\cdot 64 = 6{,}4$ м:
это 32 хода по 0,2 м. Работа: $229{,}7 \\cdot 6{,}4 \\approx 1470$ Дж и $14700 \\cdot 0{,}1 = 1470$ Дж.""",
            en="""### Example 2

The small piston is $d = 20$ mm across, the large one $D = 160$ mm, a 1500 kg car on the platform
($P = 14700$ N). The gain in force is $(160/20)^2 = 64$. The small piston needs $F_1 = 14700/64 \\approx 229.7$ N:
less than 250 N. The large piston's area is $S_2 = \\pi \\cdot 0.16^2/4 \\approx 0.0201$ m², the oil's pressure
$p = 14700/0.0201 \\approx 731$ kPa $\\approx 7.31$ bar: below 10 bar. To lift the car 0.1 m the small piston
travels $0.1 \\cdot 64 = 6.4$ m: 32 strokes of 0.2 m. The work: $229.7 \\cdot 6.4 \\approx 1470$ J and
$14700 \\cdot 0.1 = 1470$ J."""),
        a.code("""r = hydraulic_lift.lift(20, 160, 1500)
N = pick({"kk": "Н", "ru": "Н", "en": "N"})
m = pick({"kk": "м", "ru": "м", "en": "m"})
J = pick({"kk": "Дж", "ru": "Дж", "en": "J"})
bar = pick({"kk": "бар", "ru": "бар", "en": "bar"})
print(round(r["gain"]), round(r["F1"], 1), N, round(r["p_bar"], 2), bar)
print(round(r["travel"], 2), m, r["strokes"])
print(round(r["F1"] * r["travel"]), J, round(r["W"] * 0.1), J)""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Ерлан былай дейді: «Үлкен поршеньнің диаметрі кішісінен 8 есе үлкен, сондықтан күш те 8 есе үлкен». Келісесіз бе?
Поршеньдердің аудандарын ($d = 20$ мм, $D = 160$ мм) есептеп, олардың қатынасын табыңыз. Төмендегі ұяшық
тексереді.""",
            ru="""### Верно ли?

Ерлан говорит: «Диаметр большого поршня в 8 раз больше, чем малого, значит, и сила в 8 раз больше». Согласны?
Вычислите площади поршней ($d = 20$ мм, $D = 160$ мм) и найдите их отношение. Ячейка ниже проверяет.""",
            en="""### Is it true?

Yerlan says: "The large piston's diameter is 8 times the small one's, so the force is 8 times larger too." Do you
agree? Compute the pistons' areas ($d = 20$ mm, $D = 160$ mm) and their ratio. The cell below checks."""),
        a.code("""S1 = hydraulic_lift.piston_area(2)
S2 = hydraulic_lift.piston_area(16)
cm2 = pick({"kk": "см²", "ru": "см²", "en": "cm²"})
print(round(S1, 2), cm2, round(S2, 1), cm2, "->", round(S2 / S1), "≠", 160 // 20)""", role="misconception"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Келесі зертханада 1500 кг көлікке поршеньдерді таңдайсыз. Жүгірткілерді қозғамас бұрын бағалаңыз: қысым 10 бардан
аспауы үшін үлкен поршеньнің ауданы кемінде $14700/1000000 = 0{,}0147$ м², яғни $D$ шамамен 137 мм-ден
кем емес. Күш 250 Н-нан аспауы үшін күштен ұтыс кемінде $14700/250 = 58{,}8$. Ал 40 жүрістен артық болмауы
үшін кіші поршеньнің жолы 8 м-ден аспауы керек: күштен ұтыс 80-нен аспайды. $D/d$ қатынасы қандай болуы керек?""",
            ru="""### Сначала оцените

В следующей лаборатории вы подбираете поршни для машины 1500 кг. Прежде чем двигать ползунки, оцените: чтобы
давление не превышало 10 бар, площадь большого поршня должна быть не меньше $14700/1000000 = 0{,}0147$ м²,
то есть $D$ не меньше примерно 137 мм. Чтобы сила не превышала 250 Н, выигрыш в силе должен быть не меньше
$14700/250 = 58{,}8$. А чтобы ходов было не больше 40, путь малого поршня не должен превышать 8 м: выигрыш в
силе не больше 80. Каким должно быть отношение $D/d$?""",
            en="""### Estimate first

In the next lab you choose the pistons for a 1500 kg car. Before you move the sliders, estimate: for the pressure
to stay at or below 10 bar, the large piston's area must be at least $14700/1000000 = 0.0147$ m², so $D$ is
at least about 137 mm. For the force to stay at or below 250 N, the gain in force must be at least
$14700/250 = 58.8$. And for at most 40 strokes, the small piston's travel must be at most 8 m: a gain in force of
at most 80. What must the ratio $D/d$ be?"""),
        a.design_lab("""design_lab = hydraulic_lift.make_lab("lift")
design_lab"""),
        a.text(
            kk="""Поршеньдердің диаметрлерін барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын басыңыз. ▶
батырмасымен көлікті көтеріп көріңіз. Бағалауыңыз расталды ма? Талаптарды орындайтын тағы бір жобаны табыңыз:
олар немен ерекшеленеді?""",
            ru="""Подберите диаметры поршней так, чтобы выполнялись все требования, и нажмите **Проверить проект**. Поднимите
машину кнопкой ▶. Подтвердилась ли ваша оценка? Найдите ещё один проект, который выполняет требования: чем они
отличаются?""",
            en="""Choose the pistons' diameters so that every requirement holds, and press **Check the design**. Lift the car with
▶. Was your estimate right? Find another design that meets the requirements: how do the two differ?"""),
        a.summary(
            kk="""## Қорытынды

* **Гидравликалық машина** — майы бар жалғанған екі цилиндр мен екі **поршень**.
* **Күштен ұтыс**: $F_2/F_1 = S_2/S_1 = (D/d)^2$ — диаметрлердің қатынасы емес, олардың квадраты.
* Май сығылмайды: $S_1 s_1 = S_2 s_2$, кіші поршеньнің жолы сонша есе ұзын.
* **Механиканың алтын ережесі**: $F_1 s_1 = F_2 s_2$ — **гидравликалық көтергіш** жұмыстан ұтыс бермейді.
* Поршеньдерді таңдағанда **қысым**, күш және жүрістер саны бірге ескеріледі.""",
            ru="""## Итоги

* **Гидравлическая машина** — два соединённых цилиндра с маслом и два **поршня**.
* **Выигрыш в силе**: $F_2/F_1 = S_2/S_1 = (D/d)^2$ — не отношение диаметров, а его квадрат.
* Масло не сжимается: $S_1 s_1 = S_2 s_2$, путь малого поршня во столько же раз длиннее.
* **Золотое правило механики**: $F_1 s_1 = F_2 s_2$ — **гидравлический подъёмник** не даёт выигрыша в работе.
* Подбирая поршни, учитывают вместе **давление**, силу и число ходов.""",
            en="""## Summary

* A **hydraulic machine** is two joined cylinders with oil and two **pistons**.
* The **gain in force**: $F_2/F_1 = S_2/S_1 = (D/d)^2$, not the ratio of the diameters but its square.
* Oil does not shrink: $S_1 s_1 = S_2 s_2$, and the small piston travels as many times further.
* The **golden rule of mechanics**: $F_1 s_1 = F_2 s_2$; a **hydraulic lift** gives no gain in work.
* Choosing the pistons weighs the **pressure**, the force and the number of strokes together."""),
        a.reflection(
            kk="""## Рефлексия

1. Неге көтергіш күштен ұтыс береді, бірақ жұмыстан ұтыс бермейді? Өз сөзіңізбен түсіндіріңіз.
2. Жобалағанда қай талап ең қиын болды және неге?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Почему подъёмник даёт выигрыш в силе, но не даёт выигрыша в работе? Объясните своими словами.
2. Какое требование было самым трудным при проектировании и почему?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Why does the lift give a gain in force but no gain in work? Explain in your own words.
2. Which requirement was the hardest in the design, and why?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import math
import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import hydraulic_lift

# [kk] формулалардың әріптері; оларға сан бермеңіз
# [ru] буквы формул; не присваивайте им чисел
# [en] the letters of the formulas; do not give them numbers
F1, S1, S2 = sp.symbols("F1 S1 S2", positive=True)"""

KPA = "ureg.kilopascal"


def _mistakes() -> dict[str, object]:
    """The anticipated mistakes whose messages both the self-checks and the hidden checks give."""
    F1, S1, S2 = sp.symbols("F1 S1 S2", positive=True)
    return {
        "cm2": rules.wrong_answer(14700 / 200 * ureg.pascal, code="area-in-cm2", message={
            "kk": "Қысымыңыз 10 000 есе аз: аудан шаршы сантиметрмен қалып қойған. Паскальда аудан шаршы метрмен алынады.",
            "ru": "Ваше давление в 10 000 раз меньше: площадь осталась в квадратных сантиметрах. В паскалях площадь берут в квадратных метрах.",
            "en": "Your pressure is 10 000 times too small: the area was left in square centimetres. In pascals the area is in square metres."}),
        "mass-pressure": rules.wrong_answer(1500 / 0.02 * ureg.pascal, code="mass-as-force", message={
            "kk": "Масса — күш емес: алдымен салмақты P = mg табыңыз, сосын қысымды.",
            "ru": "Масса — не сила: сначала найдите вес P = mg, затем давление.",
            "en": "A mass is not a force: find the weight P = mg first, then the pressure."}),
        "inverted": rules.wrong_answer(F1 * S1 / S2, code="ratio-upside-down", message={
            "kk": "Қатынас төңкеріліп кеткен: үлкен поршеньге күш үлкен, өйткені оның ауданы үлкен.",
            "ru": "Отношение перевёрнуто: на большом поршне сила больше, потому что больше его площадь.",
            "en": "The ratio is upside down: the force on the large piston is larger because its area is larger."}),
        "mass-force": rules.wrong_answer(1500 * 4 / 200 * ureg.newton, code="mass-as-force", message={
            "kk": "Масса — күш емес: көліктің салмағы P = mg, сосын оны күштен ұтысқа бөліңіз.",
            "ru": "Масса — не сила: вес машины P = mg, затем разделите его на выигрыш в силе.",
            "en": "A mass is not a force: the car's weight is P = mg; then divide it by the gain in force."}),
        "force-inverted": rules.wrong_answer(14700 * 200 / 4 * ureg.newton, code="ratio-upside-down", message={
            "kk": "Қатынас төңкеріліп кеткен: кіші поршеньге күш көліктің салмағынан аз болуы керек.",
            "ru": "Отношение перевёрнуто: сила на малом поршне должна быть меньше веса машины.",
            "en": "The ratio is upside down: the force on the small piston must be less than the car's weight."}),
        "diameters": rules.wrong_answer(8, code="diameters-not-areas", message={
            "kk": "Бұл — диаметрлердің қатынасы. Күштен ұтыс аудандардың қатынасына тең, ал аудан диаметрдің квадратына пропорционал.",
            "ru": "Это отношение диаметров. Выигрыш в силе равен отношению площадей, а площадь пропорциональна квадрату диаметра.",
            "en": "That is the ratio of the diameters. The gain in force is the ratio of the areas, and an area goes with the diameter squared."}),
        "travel-diameters": rules.wrong_answer(0.8 * ureg.meter, code="diameters-not-areas", message={
            "kk": "Жол аудандардың қатынасымен өседі, диаметрлердің қатынасымен емес: май көлемі S₁s₁ = S₂s₂.",
            "ru": "Путь растёт в отношении площадей, а не диаметров: объём масла S₁s₁ = S₂s₂.",
            "en": "The travel grows with the ratio of the areas, not of the diameters: the oil's volume S₁s₁ = S₂s₂."}),
        "travel-inverted": rules.wrong_answer(0.1 / 64 * ureg.meter, code="ratio-upside-down", message={
            "kk": "Қатынас төңкеріліп кеткен: кіші поршень көліктен ұзағырақ жол жүреді.",
            "ru": "Отношение перевёрнуто: малый поршень проходит больший путь, чем машина.",
            "en": "The ratio is upside down: the small piston travels further than the car rises."}),
    }


RULE_ANSWERS = {"cm2": "14700 / 200 * ureg.pascal", "mass-pressure": "1500 / 0.02 * ureg.pascal",
                "inverted": "F1 * S1 / S2", "mass-force": "1500 * 4 / 200 * ureg.newton",
                "force-inverted": "14700 * 200 / 4 * ureg.newton", "diameters": "8",
                "travel-diameters": "0.8 * ureg.meter", "travel-inverted": "0.1 / 64 * ureg.meter"}


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    F1, S1, S2 = sp.symbols("F1 S1 S2", positive=True)
    m = _mistakes()
    return {
        "p_oil": fingerprint(735 * ureg.kilopascal, rtol=0.005, mistakes=[m["cm2"], m["mass-pressure"]],
                             salt=salt("p_oil")),
        "F2": fingerprint(F1 * S2 / S1, mistakes=[m["inverted"]], salt=salt("F2")),
        "F_small": fingerprint(294 * ureg.newton, rtol=0.005, mistakes=[m["mass-force"], m["force-inverted"]],
                               salt=salt("F_small")),
        "gain": fingerprint(64, rtol=0.005, mistakes=[m["diameters"]], salt=salt("gain")),
        "s_small": fingerprint(6.4 * ureg.meter, rtol=0.005, mistakes=[m["travel-diameters"], m["travel-inverted"]],
                               salt=salt("s_small")),
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
            kk="""# Гидравликалық көтергіш: қысым және Паскаль заңы

Сервистік аймақта массасы 1500 кг көлікті қол сорғысы бар жылжымалы гидравликалық көтергішпен көтереді
(көтергіштің барлық саны — ойдан алынған, бірақ шынайыға ұқсас). Бұл тапсырмада сіз майдың қысымын кПа мен барда
есептейсіз, Паскаль заңынан формула жазасыз, кіші поршеньге түсетін күшті, диаметрлерден күштен ұтысты және кіші
поршеньнің жолын табасыз, сорғы жүрістерін санайтын функция жазасыз және зертханада поршеньдерді таңдайсыз.
Уақыты — 45 минут.""",
            ru="""# Гидравлический подъёмник: давление и закон Паскаля

В сервисной зоне машину массой 1500 кг поднимают передвижным гидравлическим подъёмником с ручным насосом (все числа
подъёмника придуманы для задачи, но похожи на настоящие). В этом задании вы вычислите давление масла в кПа и барах,
запишете формулу по закону Паскаля, найдёте силу на малом поршне, выигрыш в силе по диаметрам и путь малого поршня,
напишете функцию, которая считает ходы насоса, и подберёте поршни в лаборатории. Время — 45 минут.""",
            en="""# The hydraulic lift: pressure and Pascal's law

In the service bay a car of mass 1500 kg is lifted with a mobile hydraulic lift with a hand pump (all the lift's
numbers are made up for the task, but they are like real ones). In this assignment you compute the oil's pressure in
kPa and bar, write a formula from Pascal's law, find the force on the small piston, the gain in force from the
diameters and the small piston's travel, write a function that counts the pump's strokes, and choose the pistons in
the lab. Time: 45 minutes."""),
        a.formula(r"$$p = \frac{F}{S},\qquad \frac{F_2}{F_1} = \frac{S_2}{S_1} = \left(\frac{D}{d}\right)^2,"
                  r"\qquad S_1 s_1 = S_2 s_2,\qquad P = m g$$"),
        a.text(
            kk="""Белгілеулер: $F_1$, $S_1$, $d$, $s_1$ — кіші поршеньге түсетін күш (Н), оның ауданы (м²), диаметрі және жолы (м);
$F_2$, $S_2$, $D$, $s_2$ — үлкен поршеньдікі; $p$ — майдың қысымы (1 бар = 100 кПа); $P$ — салмақ (Н), $m$ — масса
(кг), $g = 9{,}8$ Н/кг.

**Жауапты қалай жазу керек.** Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `5 * ureg.newton`,
`2 * ureg.meter`, `3 * ureg.kilopascal`, `0.5 * ureg.bar`. Шаршы сантиметр — `ureg.centimeter**2`. Бірінші код
ұяшығындағы `F1, S1, S2` әріптеріне сан меншіктемеңіз. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол
жауаптың түрін тексереді.""",
            ru="""Обозначения: $F_1$, $S_1$, $d$, $s_1$ — сила на малом поршне (Н), его площадь (м²), диаметр и путь (м); $F_2$,
$S_2$, $D$, $s_2$ — то же для большого поршня; $p$ — давление масла (1 бар = 100 кПа); $P$ — вес (Н), $m$ — масса
(кг), $g = 9{,}8$ Н/кг.

**Как записывать ответы.** Величину с единицей измерения записывайте через `ureg`: `5 * ureg.newton`,
`2 * ureg.meter`, `3 * ureg.kilopascal`, `0.5 * ureg.bar`. Квадратный сантиметр — `ureg.centimeter**2`. Не
присваивайте числа буквам `F1, S1, S2` из первой ячейки кода. Запускайте тестовую ячейку под каждой задачей: она
проверяет форму ответа.""",
            en="""Notation: $F_1$, $S_1$, $d$, $s_1$ are the force on the small piston (N), its area (m²), diameter and travel (m);
$F_2$, $S_2$, $D$, $s_2$ the same for the large piston; $p$ is the oil's pressure (1 bar = 100 kPa); $P$ a weight
(N), $m$ a mass (kg), $g = 9.8$ N/kg.

**How to write answers.** Write a quantity with a unit through `ureg`: `5 * ureg.newton`, `2 * ureg.meter`,
`3 * ureg.kilopascal`, `0.5 * ureg.bar`. A square centimetre is `ureg.centimeter**2`. Do not assign numbers to the
letters `F1, S1, S2` of the first code cell. Run the test cell under each task: it checks the form of your
answer."""),

        a.text(kk="## А бөлім. Қысым және Паскаль заңы", ru="## Часть А. Давление и закон Паскаля",
               en="## Part A. Pressure and Pascal's law"),
        a.task(1, 2, "A",
               kk="""1500 кг көлік көтергіштің үлкен поршенінде тұр, поршеньнің ауданы 200 см². Майдың қысымын `p_oil` есептеңіз:
килопаскальмен немесе бармен (`ureg.kilopascal` немесе `ureg.bar`); 0,5 % дәлдікпен есептелген жауап
қабылданады. $g = 9{,}8$ Н/кг.""",
               ru="""Машина массой 1500 кг стоит на большом поршне подъёмника площадью 200 см². Вычислите давление масла `p_oil`
в килопаскалях или барах (`ureg.kilopascal` или `ureg.bar`); принимается ответ с точностью до 0,5 %.
$g = 9{,}8$ Н/кг.""",
               en="""A car of mass 1500 kg stands on the lift's large piston of area 200 cm². Compute the oil's pressure `p_oil` in
kilopascals or bar (`ureg.kilopascal` or `ureg.bar`); an answer within 0.5 % is accepted. $g = 9.8$ N/kg."""),
        a.answer("lift-pressure", f"p_oil = (1500 * 9.8 * ureg.newton / (200 * ureg.centimeter**2)).to(\"kPa\")",
                 before=f"# p_oil = ... * {KPA}"),
        a.tests("lift-pressure-test", 2, public=f"""require(compare(p_oil, "kPa", mode="dimension"))
advise(self_check(p_oil, "{token['p_oil']}"))""", hidden=f"""from curriculum.check import rules
require(compare(p_oil, "735 kPa", mode="units", rtol=0.005, rules=[
    {_rule_source("cm2")},
    {_rule_source("mass-pressure")}]), points=2)"""),

        a.task(2, 1, "A",
               kk="""Сорғы кіші поршеньді $F_1$ күшпен басады; поршеньдердің аудандары $S_1$ және $S_2$. Паскаль заңы бойынша үлкен
поршеньге түсетін күшті sympy өрнегі ретінде жазыңыз: `F2 = ...` (`F1`, `S1`, `S2` әріптерімен; жауаптың түрі,
мысалы, `F1 + S1 - S2`, бірақ бұл жауап емес).""",
               ru="""Насос давит на малый поршень с силой $F_1$; площади поршней $S_1$ и $S_2$. Запишите по закону Паскаля силу на
большом поршне как выражение sympy: `F2 = ...` (буквами `F1`, `S1`, `S2`; форма ответа, например, `F1 + S1 - S2`,
но это не ответ).""",
               en="""The pump presses on the small piston with the force $F_1$; the pistons' areas are $S_1$ and $S_2$. By Pascal's
law, write the force on the large piston as a sympy expression: `F2 = ...` (in the letters `F1`, `S1`, `S2`; the
form of an answer is, for example, `F1 + S1 - S2`, which is not the answer)."""),
        a.answer("force-ratio", "F2 = F1 * S2 / S1", hint={
            "kk": "F2 = ...  (F1, S1, S2 арқылы sympy өрнегі)", "ru": "F2 = ...  (выражение sympy от F1, S1, S2)",
            "en": "F2 = ...  (a sympy expression in F1, S1, S2)"}),
        a.tests("force-ratio-test", 1, public=f"""assert isinstance(F2, sp.Expr), pick({{"kk": "F2 — F1, S1, S2 әріптерінен құрылған sympy өрнегі болуы керек.", "ru": "F2 должно быть выражением sympy из F1, S1, S2.", "en": "F2 should be a sympy expression made of F1, S1, S2."}})
assert {{s.name for s in F2.free_symbols}} <= {{"F1", "S1", "S2"}}, pick({{"kk": "F2 өрнегінде тек F1, S1, S2 әріптері болуы керек.", "ru": "В выражении F2 могут быть только буквы F1, S1, S2.", "en": "F2 may use only the letters F1, S1, S2."}})
advise(self_check(F2, "{token['F2']}"))""", hidden=f"""from curriculum.check import rules
require(compare(F2, "F1*S2/S1", rules=[{_rule_source("inverted")}]))"""),

        a.task(3, 2, "B",
               kk="""Көтергіштің кіші поршенінің ауданы 4 см², үлкенінікі 200 см², үлкен поршеньде 1500 кг көлік тұр. Көлікті
ұстап тұру үшін кіші поршеньге қандай күш керек? `F_small` ньютонмен есептеңіз; 0,5 % дәлдікпен есептелген жауап
қабылданады.""",
               ru="""Площадь малого поршня подъёмника 4 см², большого — 200 см², на большом поршне стоит машина 1500 кг. Какая сила
на малом поршне удерживает машину? Вычислите `F_small` в ньютонах; принимается ответ с точностью до 0,5 %.""",
               en="""The lift's small piston has an area of 4 cm², the large one 200 cm², and a 1500 kg car stands on the large
piston. What force on the small piston holds the car? Compute `F_small` in newtons; an answer within 0.5 % is
accepted."""),
        a.answer("small-piston-force", "F_small = 1500 * 9.8 * 4 / 200 * ureg.newton",
                 before="# F_small = ... * ureg.newton"),
        a.tests("small-piston-force-test", 2, public=f"""require(compare(F_small, "N", mode="dimension"))
advise(self_check(F_small, "{token['F_small']}"))""", hidden=f"""from curriculum.check import rules
require(compare(F_small, "294 N", mode="units", rtol=0.005, rules=[
    {_rule_source("mass-force")},
    {_rule_source("force-inverted")}]), points=2)"""),

        a.text(kk="## Ә бөлім. Поршеньдердің диаметрлері, жолы және сорғы", ru="## Часть Б. Диаметры поршней, путь и насос",
               en="## Part B. The pistons' diameters, the travel and the pump"),
        a.task(4, 2, "B",
               kk="""Жаңа көтергіштің кіші поршенінің диаметрі 2 см, үлкенінікі 16 см. Күштен ұтыс $F_2/F_1$ неше есе? Өлшем
бірлігі жоқ санды жазыңыз: `gain = ...` (мысалы, `gain = 3.5` — бұл жауап емес); 0,5 % дәлдікпен есептелген жауап
қабылданады.""",
               ru="""У нового подъёмника диаметр малого поршня 2 см, большого — 16 см. Во сколько раз выигрыш в силе $F_2/F_1$?
Запишите число без единиц: `gain = ...` (например, `gain = 3.5` — это не ответ); принимается ответ с точностью до
0,5 %.""",
               en="""The new lift's small piston is 2 cm across, the large one 16 cm. How many times is the gain in force $F_2/F_1$?
Write a number without a unit: `gain = ...` (for example `gain = 3.5`, which is not the answer); an answer within
0.5 % is accepted."""),
        a.answer("gain-from-diameters", "gain = (16 / 2)**2", before="# gain = ..."),
        a.tests("gain-from-diameters-test", 2, public=f"""assert getattr(gain, "dimensionless", True), pick({{"kk": "gain — өлшем бірлігі жоқ сан.", "ru": "gain — число без единиц.", "en": "gain is a number without a unit."}})
advise(self_check(gain, "{token['gain']}"))""", hidden=f"""from curriculum.check import rules
require(compare(gain, 64, mode="numeric", rtol=0.005, rules=[{_rule_source("diameters")}]), points=2)"""),

        a.task(5, 2, "B",
               kk="""Сол көтергіш ($d = 2$ см, $D = 16$ см) көлікті 10 см көтерді. Осы уақытта кіші поршень барлығы қанша жол жүрді?
`s_small` метрмен есептеңіз (`ureg.meter`); 0,5 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""Тот же подъёмник ($d = 2$ см, $D = 16$ см) поднял машину на 10 см. Какой путь прошёл за это время малый поршень
всего? Вычислите `s_small` в метрах (`ureg.meter`); принимается ответ с точностью до 0,5 %.""",
               en="""The same lift ($d = 2$ cm, $D = 16$ cm) raised the car by 10 cm. How far did the small piston travel in all
meanwhile? Compute `s_small` in metres (`ureg.meter`); an answer within 0.5 % is accepted."""),
        a.answer("small-travel", "s_small = 0.1 * (16 / 2)**2 * ureg.meter", before="# s_small = ... * ureg.meter"),
        a.tests("small-travel-test", 2, public=f"""require(compare(s_small, "m", mode="dimension"))
advise(self_check(s_small, "{token['s_small']}"))""", hidden=f"""from curriculum.check import rules
require(compare(s_small, "6.4 m", mode="units", rtol=0.005, rules=[
    {_rule_source("travel-diameters")},
    {_rule_source("travel-inverted")}]), points=2)"""),

        a.task(6, 2, "B",
               kk="""Сорғының бір жүрісі кіші поршеньді `stroke` метрге жылжытады. `strokes_needed(height, d_small, d_large, stroke)`
функциясын жазыңыз: ол үлкен поршеньді `height` метрге көтеру үшін керек жүрістер санын бүтін сан етіп қайтарсын;
`d_small`, `d_large` — поршеньдердің диаметрлері (бір бірлікпен, мысалы, мм). Толық емес жүріс те жүріс болып
саналады, яғни санды жоғары дөңгелектеңіз (`math.ceil`). Мысалы, `strokes_needed(0.1, 20, 150, 0.2)` нәтижесі `29`.""",
               ru="""Один ход насоса сдвигает малый поршень на `stroke` метров. Напишите функцию
`strokes_needed(height, d_small, d_large, stroke)`: она возвращает целое число ходов, нужное, чтобы поднять
большой поршень на `height` метров; `d_small`, `d_large` — диаметры поршней (в одной единице, например в мм).
Неполный ход тоже считается ходом, то есть число округляется вверх (`math.ceil`). Например,
`strokes_needed(0.1, 20, 150, 0.2)` даёт `29`.""",
               en="""One stroke of the pump moves the small piston `stroke` metres. Write the function
`strokes_needed(height, d_small, d_large, stroke)`: it returns the whole number of strokes it takes to raise the
large piston by `height` metres; `d_small` and `d_large` are the pistons' diameters (in one unit, say mm). A part
of a stroke counts as a stroke, so the number is rounded up (`math.ceil`). For example,
`strokes_needed(0.1, 20, 150, 0.2)` gives `29`."""),
        a.answer("pump-strokes", """def strokes_needed(height, d_small, d_large, stroke):
    travel = height * (d_large / d_small) ** 2
    return math.ceil(travel / stroke)""", hint={
            "kk": "def strokes_needed(height, d_small, d_large, stroke): ... жүрістер саны (бүтін сан)",
            "ru": "def strokes_needed(height, d_small, d_large, stroke): ... число ходов (целое)",
            "en": "def strokes_needed(height, d_small, d_large, stroke): ... the number of strokes (a whole number)"}),
        a.tests("pump-strokes-test", 2, public="""assert callable(strokes_needed), pick({"kk": "strokes_needed — функция болуы керек (def strokes_needed(height, d_small, d_large, stroke): ...).", "ru": "strokes_needed должна быть функцией (def strokes_needed(height, d_small, d_large, stroke): ...).", "en": "strokes_needed should be a function (def strokes_needed(height, d_small, d_large, stroke): ...)."})
require(compare(strokes_needed(0.1, 20, 150, 0.2), 29, mode="numeric", rtol=1e-9))""",
                hidden="""require(check_function(strokes_needed, hydraulic_lift.strokes_needed,
                       inputs=[(0.1, 20, 150, 0.2), (0.1, 18, 150, 0.2), (0.1, 24, 150, 0.2), (0.1, 15, 125, 0.2),
                               (0.12, 20, 140, 0.15), (0.05, 30, 100, 0.1), (0.2, 12, 95, 0.25), (0.1, 2, 15, 0.2),
                               (0.3, 22, 210, 0.18), (0.0, 20, 150, 0.2), (0.1, 16, 120, 0.2), (1.5, 40, 45, 0.3)]))"""),

        a.text(kk="## Б бөлім. Поршеньдерді жобалау", ru="## Часть В. Проект: поршни подъёмника",
               en="## Part C. Designing the pistons"),
        a.task(7, 2, "C",
               kk="""1500 кг көлікті 0,1 м көтеретін көтергіштің поршеньдерін таңдаңыз: кіші поршеньге күш 250 Н-нан аспайды,
майдың қысымы 10 бардан аспайды, сорғы 0,2 м-лік 40 жүрістен артық жасамайды. Зертханада поршеньдердің
диаметрлерін таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап
ұяшығына көшіріңіз.""",
               ru="""Подберите поршни подъёмника, который поднимает машину 1500 кг на 0,1 м: сила на малом поршне не больше 250 Н,
давление масла не больше 10 бар, насос делает не больше 40 ходов по 0,2 м. Подберите в лаборатории диаметры
поршней, нажмите **Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую показывает
лаборатория.""",
               en="""Choose the pistons of a lift that raises a 1500 kg car by 0.1 m: at most 250 N on the small piston, at most
10 bar in the oil, and no more than 40 pump strokes of 0.2 m. Choose the pistons' diameters in the lab, press
**Check the design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""hydraulic_lift.make_lab("lift")"""),
        a.answer("design", "design = {'d': 20.0, 'D': 160.0}", before="# design = {'d': ..., 'D': ...}"),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {"d", "D"} <= set(design), pick({"kk": "design = {'d': ..., 'D': ...} (зертхана көрсететін жол)", "ru": "design = {'d': ..., 'D': ...} (строка, которую показывает лаборатория)", "en": "design = {'d': ..., 'D': ...} (the line the lab shows)"})
advise(check_design(design, hydraulic_lift.DESIGN_SPEC, model=hydraulic_lift.design_result))""",
                hidden="""require(check_design(design, hydraulic_lift.DESIGN_SPEC, model=hydraulic_lift.design_result))"""),

        a.task(8, 3, "C", locked_id="pascal-explain-prompt",
               kk="""Айгерім былай дейді: «Сорғы кішкентай поршеньді басады, сондықтан оның астындағы қысым үлкен поршеньнің
астындағыдан әлдеқайда үлкен. Ал көтергіш — тегін энергия: 230 Н-мен 14 700 Н көтеремін». Кіші поршені 20 мм,
үлкені 160 мм көтергіш 1500 кг көлікті 0,1 м көтереді. Әр поршеньнің астындағы қысымды, әр поршеньге түсетін
күшті, кіші поршеньнің жолын және әр күштің жұмысын есептеңіз. Айгерім қай жерде дұрыс, қай жерде қателеседі?
Паскаль заңын тұжырымдаңыз. Жауапты төмендегі ұяшыққа сөзбен және есептеулермен жазыңыз.""",
               ru="""Айгерим говорит: «Насос давит на маленький поршень, поэтому давление под ним намного больше, чем под большим.
А подъёмник — бесплатная энергия: силой 230 Н я поднимаю 14 700 Н». Подъёмник с малым поршнем 20 мм и большим
160 мм поднимает машину 1500 кг на 0,1 м. Вычислите давление под каждым поршнем, силу на каждом поршне, путь
малого поршня и работу каждой силы. В чём Айгерим права, а в чём ошибается? Сформулируйте закон Паскаля.
Напишите ответ словами и с вычислениями в ячейке ниже.""",
               en="""Aigerim says: "The pump presses on a little piston, so the pressure under it is far larger than under the large
one. And the lift is free energy: with 230 N I lift 14,700 N." A lift with a 20 mm small piston and a 160 mm large
one raises a 1500 kg car by 0.1 m. Compute the pressure under each piston, the force on each piston, the small
piston's travel and the work of each force. Where is Aigerim right, and where is she wrong? State Pascal's law.
Write your answer in words and with calculations in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: екі поршеньнің астында қысым бірдей, шамамен 731 кПа (7,31 бар): Паскаль заңы бойынша май
  қысымды өзгеріссіз береді.
* 1 ұпай: күштер әртүрлі: үлкен поршеньге 14 700 Н, кішісіне шамамен 229,7 Н; қатынасы $(160/20)^2 = 64$.
* 1 ұпай: кіші поршеньнің жолы $0{,}1 \\cdot 64 = 6{,}4$ м; жұмыс екеуінде де шамамен 1470 Дж: көтергіш күштен
  ұтыс береді, бірақ жұмыстан (энергиядан) ұтыс бермейді.""",
                   "ru": """* 1 балл: давление под обоими поршнями одинаковое, около 731 кПа (7,31 бар): по закону Паскаля масло
  передаёт давление без изменений.
* 1 балл: силы разные: на большом поршне 14 700 Н, на малом около 229,7 Н; отношение $(160/20)^2 = 64$.
* 1 балл: путь малого поршня $0{,}1 \\cdot 64 = 6{,}4$ м; работа в обоих случаях около 1470 Дж: подъёмник даёт
  выигрыш в силе, но не в работе (энергии).""",
                   "en": """* 1 point: the pressure under both pistons is the same, about 731 kPa (7.31 bar): by Pascal's law the oil
  passes the pressure on unchanged.
* 1 point: the forces differ: 14,700 N on the large piston, about 229.7 N on the small one; their ratio is
  $(160/20)^2 = 64$.
* 1 point: the small piston travels $0.1 \\cdot 64 = 6.4$ m; the work is about 1470 J both times: the lift gives a
  gain in force but no gain in work (energy)."""}),
        a.written("pascal-explain", 3, """**Model answer (en).** By Pascal's law the oil passes the pressure on unchanged to every point, so the pressure
under both pistons is the same: $p = 14700 / (\\pi \\cdot 0.16^2/4) \\approx 731$ kPa $\\approx 7.31$ bar, and
$229.7 / (\\pi \\cdot 0.02^2/4) \\approx 731$ kPa too. Aigerim is wrong about the pressure. The forces differ: the
large piston carries the car's 14,700 N, the small one needs only $14700 / 64 \\approx 229.7$ N, since the areas
differ $(160/20)^2 = 64$ times. Here she is right: about 230 N lifts 14,700 N. But the small piston travels
$0.1 \\cdot 64 = 6.4$ m while the car rises 0.1 m, and the works are equal: $229.7 \\cdot 6.4 \\approx 1470$ J and
$14700 \\cdot 0.1 = 1470$ J. The lift wins in force and loses as much in distance: it gives no free energy.

**Үлгі жауап (kk).** Паскаль заңы бойынша май қысымды әр нүктесіне өзгеріссіз береді, сондықтан екі поршеньнің
астында қысым бірдей: $p = 14700 / (\\pi \\cdot 0{,}16^2/4) \\approx 731$ кПа $\\approx 7{,}31$ бар, және
$229{,}7 / (\\pi \\cdot 0{,}02^2/4) \\approx 731$ кПа. Айгерім қысым туралы қателеседі. Күштер әртүрлі: үлкен поршень
көліктің 14 700 Н салмағын көтереді, кішісіне бар болғаны $14700 / 64 \\approx 229{,}7$ Н керек, өйткені аудандар
$(160/20)^2 = 64$ есе ерекшеленеді. Бұл жерде ол дұрыс: шамамен 230 Н 14 700 Н көтереді. Бірақ көлік 0,1 м
көтерілгенде кіші поршень $0{,}1 \\cdot 64 = 6{,}4$ м жүреді, ал жұмыстар тең: $229{,}7 \\cdot 6{,}4 \\approx 1470$ Дж
және $14700 \\cdot 0{,}1 = 1470$ Дж. Көтергіш күштен ұтады, жолдан сонша есе ұтылады: тегін энергия бермейді.

**Образец ответа (ru).** По закону Паскаля масло передаёт давление в каждую точку без изменений, поэтому давление
под обоими поршнями одинаковое: $p = 14700 / (\\pi \\cdot 0{,}16^2/4) \\approx 731$ кПа $\\approx 7{,}31$ бар, и
$229{,}7 / (\\pi \\cdot 0{,}02^2/4) \\approx 731$ кПа тоже. Насчёт давления Айгерим ошибается. Силы разные: большой
поршень держит вес машины 14 700 Н, малому нужно всего $14700 / 64 \\approx 229{,}7$ Н, потому что площади
различаются в $(160/20)^2 = 64$ раза. Здесь она права: около 230 Н поднимают 14 700 Н. Но малый поршень проходит
$0{,}1 \\cdot 64 = 6{,}4$ м, пока машина поднимается на 0,1 м, и работы равны: $229{,}7 \\cdot 6{,}4 \\approx 1470$ Дж
и $14700 \\cdot 0{,}1 = 1470$ Дж. Подъёмник выигрывает в силе и во столько же раз проигрывает в расстоянии:
бесплатной энергии он не даёт."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "hydraulic_lift.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
