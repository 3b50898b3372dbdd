"""Writes phys-col-brake-hydraulics's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python physics/phys-col-brake-hydraulics/build.py
    .venv/bin/python -m curriculum release

(``tests/test_standard.py`` checks that the committed notebooks are what this writes). Every number a student sees
is a given of the brake system's data or comes from the lab's model (``curriculum.labs.brake_hydraulics``); the
module's test ``tests/modules/test_phys_col_brake_hydraulics.py`` pins each one to the model.
"""

from __future__ import annotations

from pathlib import Path

from curriculum import authoring as a
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "phys-col-brake-hydraulics"

LESSON_SETUP = """import math
from curriculum.i18n import pick
from curriculum.labs import brake_hydraulics as brakes
from curriculum.labs.brake_hydraulics import (MASS, TYRE_RADIUS, PEDAL_RATIO, BOOST, EFFICIENCY, MU, MASTER_D,
                                              FRONT_D, REAR_D, FRONT_R, REAR_R, DISC_MASS, IRON_HEAT, G)"""


def data_table(lang: str) -> str:
    """The crossover's brake data, the same table in both lessons and the assignment."""
    rows = {
        "kk": [("Массасы (жүргізуші мен жолаушы)", "$m = 1500$ кг"),
               ("Дөңгелектің домалау радиусы", "$R = 0{,}31$ м"),
               ("Педальдың беріліс саны", "$i = 3{,}5$"),
               ("Вакуумдық күшейткіштің күшейту коэффициенті", "$B = 5$"),
               ("Бас цилиндрдің диаметрі", "$d_{mc} = 22{,}2$ мм"),
               ("Алдыңғы суппорт поршенінің диаметрі; колодкалардың тиімді радиусы", "$d_f = 54$ мм; $r_f = 0{,}115$ м"),
               ("Артқы суппорт поршенінің диаметрі; колодкалардың тиімді радиусы", "$d_r = 34$ мм; $r_r = 0{,}105$ м"),
               ("Гидравликаның ПӘК-і", "$\\eta = 0{,}95$"),
               ("Колодка мен дискінің үйкеліс коэффициенті", "$\\mu = 0{,}40$"),
               ("Алдыңғы дискінің массасы; сұр шойынның меншікті жылу сыйымдылығы",
                "$m_d = 6$ кг; $c = 460$ Дж/(кг·К)")],
        "ru": [("Масса (водитель и пассажир)", "$m = 1500$ кг"),
               ("Радиус качения колеса", "$R = 0{,}31$ м"),
               ("Передаточное число педали", "$i = 3{,}5$"),
               ("Коэффициент усиления вакуумного усилителя", "$B = 5$"),
               ("Диаметр главного цилиндра", "$d_{mc} = 22{,}2$ мм"),
               ("Диаметр поршня переднего суппорта; эффективный радиус колодок", "$d_f = 54$ мм; $r_f = 0{,}115$ м"),
               ("Диаметр поршня заднего суппорта; эффективный радиус колодок", "$d_r = 34$ мм; $r_r = 0{,}105$ м"),
               ("КПД гидравлики", "$\\eta = 0{,}95$"),
               ("Коэффициент трения колодки о диск", "$\\mu = 0{,}40$"),
               ("Масса переднего диска; удельная теплоёмкость серого чугуна", "$m_d = 6$ кг; $c = 460$ Дж/(кг·К)")],
        "en": [("Mass (driver and a passenger)", "$m = 1500$ kg"),
               ("Tyre rolling radius", "$R = 0.31$ m"),
               ("Pedal ratio", "$i = 3.5$"),
               ("Vacuum booster ratio", "$B = 5$"),
               ("Master cylinder bore", "$d_{mc} = 22.2$ mm"),
               ("Front caliper piston; pads' effective radius", "$d_f = 54$ mm; $r_f = 0.115$ m"),
               ("Rear caliper piston; pads' effective radius", "$d_r = 34$ mm; $r_r = 0.105$ m"),
               ("Efficiency of the hydraulics", "$\\eta = 0.95$"),
               ("Pad-disc friction coefficient", "$\\mu = 0.40$"),
               ("Front disc's mass; specific heat capacity of grey cast iron", "$m_d = 6$ kg; $c = 460$ J/(kg·K)")],
    }[lang]
    head = {"kk": "| Шама | Мәні |", "ru": "| Величина | Значение |", "en": "| Quantity | Value |"}[lang]
    return "\n".join([head, "|---|---|", *(f"| {name} | {value} |" for name, value in rows)])


DATA_NOTE = {
    "kk": "Деректер ойдан алынған, бірақ шынайыға ұқсас: мұндай мәндер шағын кроссоверлердің тежегіштеріне тән (дереккөздері модуль сипаттамасында).",
    "ru": "Данные вымышленные, но правдоподобные: такие значения типичны для тормозов компактных кроссоверов (источники — в описании модуля).",
    "en": "The data are fictional but plausible: such values are typical of compact crossovers' brakes (the sources are in the module's description).",
}


def data_cell() -> list:
    return a.text(**{lang: data_table(lang) + "\n\n" + DATA_NOTE[lang] for lang in ("kk", "ru", "en")})


# -- lesson 1: from the pedal to the pads ----------------------------------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Тежеу жетегі, 1-сабақ. Педальдан колодкаларға дейін

Жүргізуші тежеу педалін шамамен 150 Н күшпен басады — бұл 15 кг жүктің салмағындай. Ал 1500 кг кроссоверді
тоқтату үшін әр алдыңғы дискіні колодкалар шамамен 15 килоньютон күшпен қысуы керек. Аяқтың күші қалай жүз есе
өседі? Мектептегі гидравликалық көтергіш сабағындағыдай (`phys-07-hydraulic-lift`): сұйықтық қысымды береді, ал
күш поршеньнің ауданына байланысты.""",
            ru=r"""# Тормозной привод, урок 1. От педали до колодок

Водитель нажимает на педаль тормоза с силой около 150 Н — это вес груза в 15 кг. А чтобы остановить кроссовер
массой 1500 кг, колодки должны сжимать каждый передний диск с силой около 15 килоньютонов. Как сила ноги вырастает
в сто раз? Как на школьном уроке о гидравлическом подъёмнике (`phys-07-hydraulic-lift`): жидкость передаёт давление,
а сила зависит от площади поршня.""",
            en=r"""# The brake system, lesson 1. From the pedal to the pads

The driver presses the brake pedal with about 150 N, the weight of a 15 kg load. Yet to stop the 1500 kg crossover
the pads must squeeze each front disc with about 15 kilonewtons. How does the foot's force grow a hundred times? As
in the school lesson on the hydraulic lift (`phys-07-hydraulic-lift`): the fluid passes on the pressure, and the
force depends on the piston's area."""),
        a.text(
            kk=r"""## 1. Тежеу жетегінің сатылары

1. **Педаль** — иінтірек: аяқ педальдың төменгі ұшын басады, итергіш айналу осіне жақын бекітілген. Иіндердің
   қатынасы — **педальдың беріліс саны** (pedal ratio) $i$: итергіштегі күш $F_p \cdot i$.
2. **Вакуумдық күшейткіш** (brake booster) қозғалтқыштың кіріс коллекторындағы сиретілуді пайдаланып, итергіштің күшін $B$ есе арттырады:
   $F_{mc} = F_p \cdot i \cdot B$.
3. **Бас цилиндр** (master cylinder): поршень тежеу сұйықтығын қысады, $p = F_{mc}/A_{mc}$, мұнда $A = \pi d^2/4$.
4. **Паскаль заңы** бойынша бұл **қысым** құбырлар арқылы барлық суппорттарға бірдей беріледі.
5. **Суппорттағы** (caliper) сұйықтық поршеньді $p \cdot A$ күшпен итереді. Жылжымалы суппорттың поршені бір колодканы, ал
   суппорттың корпусы екінші колодканы дискіге дәл сондай күшпен басады: бұл **қысу күші** (clamping force)
   $F_{cl} = \eta \cdot p \cdot A_c$ ($\eta$ — тығыздағыштардың үйкелісін ескеретін ПӘК).
6. Екі колодка дискіні екі жағынан үйкейді: үйкеліс күші $2 \mu F_{cl}$, ал ол колодкалардың тиімді радиусында $r$
   әрекет етеді: **тежеу моменті** (braking torque) $T = 2 \mu F_{cl} r$.""",
            ru=r"""## 1. Ступени тормозного привода

1. **Педаль** — рычаг: нога давит на нижний конец педали, шток закреплён близко к оси. Отношение плеч —
   **передаточное число педали** (pedal ratio) $i$: сила на штоке $F_p \cdot i$.
2. **Вакуумный усилитель** (brake booster) за счёт разрежения во впускном коллекторе двигателя увеличивает силу
   штока в $B$ раз: $F_{mc} = F_p \cdot i \cdot B$.
3. **Главный цилиндр** (master cylinder): поршень давит на тормозную жидкость, $p = F_{mc}/A_{mc}$, где
   $A = \pi d^2/4$.
4. По **закону Паскаля** это **давление** передаётся по трубкам ко всем суппортам одинаковым.
5. В **суппорте** (caliper) жидкость давит на поршень с силой $p \cdot A$. Поршень плавающего суппорта прижимает одну
   колодку, а корпус суппорта — другую с той же силой: это **сила прижатия** (clamping force)
   $F_{cl} = \eta \cdot p \cdot A_c$ ($\eta$ — КПД, учитывающий трение уплотнений).
6. Две колодки трут диск с двух сторон: сила трения $2 \mu F_{cl}$, и она действует на эффективном радиусе колодок
   $r$: **тормозной момент** (braking torque) $T = 2 \mu F_{cl} r$.""",
            en=r"""## 1. The stages of the brake system

1. The **pedal** is a lever: the foot presses its lower end, the pushrod is fixed close to the pivot. The ratio
   of the arms is the **pedal ratio** $i$: the pushrod's force is $F_p \cdot i$.
2. The vacuum **brake booster** uses the engine's intake vacuum to multiply the pushrod's force $B$ times:
   $F_{mc} = F_p \cdot i \cdot B$.
3. The **master cylinder**: its piston presses the brake fluid, $p = F_{mc}/A_{mc}$, where $A = \pi d^2/4$.
4. By **Pascal's law** this **pressure** reaches every caliper through the lines unchanged.
5. In the **caliper** the fluid pushes the piston with $p \cdot A$. The piston of a floating caliper presses one pad, and the
   caliper's frame presses the other pad with the same force: the **clamping force**
   $F_{cl} = \eta \cdot p \cdot A_c$ ($\eta$ is the efficiency that accounts for the seals' friction).
6. Two pads rub the disc from both sides: the friction force is $2 \mu F_{cl}$, acting at the pads' effective
   radius $r$: the **braking torque** $T = 2 \mu F_{cl} r$."""),
        a.formula(r"""$$p = \frac{F_p \, i \, B}{\pi d_{mc}^2/4}, \qquad F_{cl} = \eta \, p \, \frac{\pi d_c^2}{4}, \qquad T = 2 \mu F_{cl} \, r = 2 \mu \eta F_p \, i \, B \left(\frac{d_c}{d_{mc}}\right)^2 r$$"""),
        a.text(
            kk=r"""Формулада $d_{mc}$ — бас цилиндрдің, $d_c$ — суппорт поршенінің диаметрі. Қысым паскальмен (Па = Н/м²)
шығады, егер күш ньютонмен, аудан м²-пен болса; $1 \text{ бар} = 10^5$ Па, $1 \text{ МПа} = 10^6$ Па $= 10$ бар.
Миллиметрді метрге айналдыруды ұмытпаңыз: $22{,}2$ мм $= 0{,}0222$ м.

Кроссовердің тежегіштерінің деректері:""",
            ru=r"""В формуле $d_{mc}$ — диаметр главного цилиндра, $d_c$ — диаметр поршня суппорта. Давление выходит в
паскалях (Па = Н/м²), если сила в ньютонах, а площадь в м²; $1 \text{ бар} = 10^5$ Па,
$1 \text{ МПа} = 10^6$ Па $= 10$ бар. Не забудьте перевести миллиметры в метры: $22{,}2$ мм $= 0{,}0222$ м.

Данные тормозов кроссовера:""",
            en=r"""In the formula $d_{mc}$ is the master cylinder's bore and $d_c$ the caliper piston's diameter. The pressure
comes out in pascals (Pa = N/m²) when the force is in newtons and the area in m²; $1 \text{ bar} = 10^5$ Pa,
$1 \text{ MPa} = 10^6$ Pa $= 10$ bar. Do not forget to turn millimetres into metres: $22.2$ mm $= 0.0222$ m.

The crossover's brake data:"""),
        data_cell(),
        a.example(
            kk=r"""### 1-мысал. Педальға 150 Н

Алдымен бағалаңыз: $150 \cdot 3{,}5 \cdot 5 \approx 2600$ Н, бас цилиндрдің ауданы $\approx 400$ мм²,
$2600/400 = 6{,}5$ Н/мм² $= 6{,}5$ МПа $\approx 65$ бар.

Енді дәл: итергіште $150 \cdot 3{,}5 = 525$ Н, күшейткіштен кейін $525 \cdot 5 = 2625$ Н;
$A_{mc} = \pi \cdot 0{,}0222^2/4 \approx 3{,}871 \cdot 10^{-4}$ м² ($\approx 387$ мм²);
$p = 2625/(3{,}871 \cdot 10^{-4}) \approx 6{,}78$ МПа $\approx 67{,}8$ бар — бағалау расталды.
Суппорт: $A_c \approx 2290$ мм², $F_{cl} = 0{,}95 \cdot 6{,}78 \cdot 10^6 \cdot 2{,}29 \cdot 10^{-3} \approx 14{,}75$ кН;
үйкеліс $2 \cdot 0{,}40 \cdot 14{,}75 \approx 11{,}80$ кН; момент $T \approx 11{,}80 \cdot 0{,}115 \approx 1{,}36$ кН·м.""",
            ru=r"""### Пример 1. На педали 150 Н

Сначала оценим: $150 \cdot 3{,}5 \cdot 5 \approx 2600$ Н, площадь главного цилиндра $\approx 400$ мм²,
$2600/400 = 6{,}5$ Н/мм² $= 6{,}5$ МПа $\approx 65$ бар.

Теперь точно: на штоке $150 \cdot 3{,}5 = 525$ Н, после усилителя $525 \cdot 5 = 2625$ Н;
$A_{mc} = \pi \cdot 0{,}0222^2/4 \approx 3{,}871 \cdot 10^{-4}$ м² ($\approx 387$ мм²);
$p = 2625/(3{,}871 \cdot 10^{-4}) \approx 6{,}78$ МПа $\approx 67{,}8$ бар — оценка подтвердилась.
Суппорт: $A_c \approx 2290$ мм², $F_{cl} = 0{,}95 \cdot 6{,}78 \cdot 10^6 \cdot 2{,}29 \cdot 10^{-3} \approx 14{,}75$ кН;
трение $2 \cdot 0{,}40 \cdot 14{,}75 \approx 11{,}80$ кН; момент $T \approx 11{,}80 \cdot 0{,}115 \approx 1{,}36$ кН·м.""",
            en=r"""### Example 1. 150 N on the pedal

Estimate first: $150 \cdot 3.5 \cdot 5 \approx 2600$ N, the master cylinder's area $\approx 400$ mm²,
$2600/400 = 6.5$ N/mm² $= 6.5$ MPa $\approx 65$ bar.

Now exactly: the pushrod carries $150 \cdot 3.5 = 525$ N, after the booster $525 \cdot 5 = 2625$ N;
$A_{mc} = \pi \cdot 0.0222^2/4 \approx 3.871 \cdot 10^{-4}$ m² ($\approx 387$ mm²);
$p = 2625/(3.871 \cdot 10^{-4}) \approx 6.78$ MPa $\approx 67.8$ bar: the estimate was right.
The caliper: $A_c \approx 2290$ mm², $F_{cl} = 0.95 \cdot 6.78 \cdot 10^6 \cdot 2.29 \cdot 10^{-3} \approx 14.75$ kN;
the friction $2 \cdot 0.40 \cdot 14.75 \approx 11.80$ kN; the torque $T \approx 11.80 \cdot 0.115 \approx 1.36$ kN·m."""),
        a.code(r"""p = brakes.line_pressure(150)
clamp = brakes.clamp_force(p, FRONT_D)
print("p =", round(p / 1e5, 1), pick({"kk": "бар", "ru": "бар", "en": "bar"}))
print("F =", round(clamp / 1000, 2), pick({"kk": "кН", "ru": "кН", "en": "kN"}))
print("T =", round(brakes.disc_torque(150)), pick({"kk": "Н·м", "ru": "Н·м", "en": "N·m"}))""", role="example"),
        a.predict(
            kk=r"""### Алдымен болжаңыз

Зертханада педальға 150 Н басылған. Жүгірткіні қозғамас бұрын жауап беріңіз: бас цилиндрдің диаметрін 22 мм-ден
шамамен 20 мм-ге кішірейтсеңіз, қысым қалай өзгереді? Ал суппорт поршенінің диаметрін 54-тен 62 мм-ге үлкейтсеңіз,
қысым мен қысу күші қалай өзгереді? Болжамыңызды дәптерге жазыңыз.""",
            ru=r"""### Сначала предскажите

В лаборатории на педаль нажимают с силой 150 Н. Прежде чем двигать ползунки, ответьте: как изменится давление, если
уменьшить диаметр главного цилиндра с 22 мм примерно до 20 мм? А если увеличить диаметр поршня суппорта с 54 до
62 мм, как изменятся давление и сила прижатия? Запишите предсказание в тетрадь.""",
            en=r"""### Predict first

In the lab the foot pushes the pedal with 150 N. Before you move a slider, answer: how does the pressure change if
you make the master cylinder's bore smaller, from 22 mm to about 20 mm? And if you make the caliper's piston larger,
from 54 to 62 mm, how do the pressure and the clamping force change? Write your prediction down."""),
        a.lab("""lab = brakes.make_lab()
lab"""),
        a.text(
            kk=r"""### Зерттеңіз

Жоғарғы сурет — тежеу жетегі: педаль (иінтірек пен оның айналу осі), күшейткіш, бас цилиндр, құбыр, суппорт пен
диск. Жасыл нұсқарлар — аяқтың күші мен колодкаларды қысу күші; цилиндрлердің биіктігі олардың диаметріне сәйкес,
сұйықтықтың түсі қысым өскен сайын қоюланады. Төменгі график — автомобильдің баяулауы педаль күшіне тәуелді, қара
нүкте — қазіргі нүкте, қызғылт сары пунктир — R13-H талап ететін 6,43 м/с², қызыл нүктелі сызық — шиналардың
жолмен ілінісу шегі (шамамен 0,9 g, `phys-09-braking`): одан жоғары дөңгелектер бұғатталады немесе оларды ABS ұстайды.

1. Педаль күшін 0-ден 500 Н-ға дейін өзгертіңіз. Әр сатыдағы сандар қалай өзгереді?
2. Бас цилиндр мен суппорттың диаметрлерін өзгертіп, болжамыңызды тексеріңіз.
3. Педальдың беріліс санын өзгертіңіз: суреттегі итергіш айналу осіне қалай жақындайды?""",
            ru=r"""### Исследуйте

Верхний рисунок — тормозной привод: педаль (рычаг и его ось), усилитель, главный цилиндр, трубка, суппорт и диск.
Зелёные стрелки — сила ноги и сила прижатия колодок; высота цилиндров соответствует их диаметру, цвет жидкости
темнеет с ростом давления. Нижний график — замедление автомобиля в зависимости от силы на педали, чёрная точка —
текущая точка, оранжевый пунктир — требуемые R13-H 6,43 м/с², красная точечная линия — предел сцепления шин с
дорогой (около 0,9 g, `phys-09-braking`): выше него колёса блокируются или их удерживает ABS.

1. Меняйте силу на педали от 0 до 500 Н. Как меняются числа на каждой ступени?
2. Меняйте диаметры главного цилиндра и суппорта и проверьте предсказание.
3. Меняйте передаточное число педали: как шток на рисунке приближается к оси?""",
            en=r"""### Explore

The top picture is the brake system: the pedal (the lever and its pivot), the booster, the master cylinder, the
line, the caliper and the disc. The green arrows are the foot's push and the pads' clamping force; the cylinders'
heights follow their diameters, and the fluid's colour deepens as the pressure grows. The graph below is the car's
deceleration against the push on the pedal, the black dot is where you are now, the orange dashed line the
6.43 m/s² R13-H asks for, the red dotted line the tyres' grip on the road (about 0.9 g, `phys-09-braking`): above it
the wheels lock, or the ABS holds them.

1. Change the push on the pedal from 0 to 500 N. How do the numbers at each stage change?
2. Change the master cylinder's and the caliper's diameters and check your prediction.
3. Change the pedal ratio: how does the pushrod in the picture move towards the pivot?"""),
        a.misconception(
            kk=r"""### Дұрыс па?

Айдана былай дейді: «Паскаль заңы бойынша бас цилиндрдегі күш суппортқа өзгермей беріледі, сондықтан колодкалар
дискіні 2625 Н күшпен қысады». Келісесіз бе? Паскаль заңы бойынша **қысым** бірдей, ал күш — $p \cdot A$.
Суппорт поршенінің ауданы бас цилиндр поршенінің ауданынан $(54/22{,}2)^2 \approx 5{,}92$ есе үлкен, сондықтан қысу күші
$0{,}95 \cdot 5{,}92 \cdot 2625 \approx 14{,}75$ кН. Төмендегі ұяшық екі есептеуді салыстырады.""",
            ru=r"""### Верно ли?

Айдана говорит: «По закону Паскаля сила в главном цилиндре передаётся суппорту без изменения, поэтому колодки
сжимают диск с силой 2625 Н». Согласны? По закону Паскаля одинаково **давление**, а сила — это $p \cdot A$. Площадь
поршня суппорта больше площади поршня главного цилиндра в $(54/22{,}2)^2 \approx 5{,}92$ раза, поэтому сила прижатия
$0{,}95 \cdot 5{,}92 \cdot 2625 \approx 14{,}75$ кН. Ячейка ниже сравнивает оба расчёта.""",
            en=r"""### Is it true?

Aidana says: "By Pascal's law the master cylinder's force reaches the caliper unchanged, so the pads squeeze the
disc with 2625 N." Do you agree? By Pascal's law the **pressure** is the same; the force is $p \cdot A$. The
caliper piston's area is $(54/22.2)^2 \approx 5.92$ times the master cylinder's, so the clamping force is
$0.95 \cdot 5.92 \cdot 2625 \approx 14.75$ kN. The cell below compares the two."""),
        a.code(r"""push = brakes.master_force(150)
newton = pick({"kk": "Н", "ru": "Н", "en": "N"})
print(pick({"kk": "Айдананың жауабы:", "ru": "Ответ Айданы:", "en": "Aidana's answer:"}), round(push), newton)
print(pick({"kk": "Паскаль заңы бойынша:", "ru": "По закону Паскаля:", "en": "By Pascal's law:"}),
      round(brakes.clamp_force(brakes.line_pressure(150), FRONT_D)), newton)""", role="misconception"),
        a.summary(
            kk=r"""## Қорытынды

* **Педальдың беріліс саны** $i$ мен **вакуумдық күшейткіш** $B$ аяқтың күшін $i \cdot B$ есе арттырады.
* **Бас цилиндр** күшті **қысымға** айналдырады: $p = F/A$, $A = \pi d^2/4$ (миллиметрді метрге айналдырыңыз;
  1 бар $= 10^5$ Па).
* **Паскаль заңы**: қысым барлық суппортқа бірдей, ал күш $p \cdot A$ — үлкен **поршень** үлкен күш береді.
* **Суппорт** колодкаларды **қысу күшімен** $F = \eta p A_c$ басады; екі колодка: үйкеліс $2 \mu F$,
  **тежеу моменті** $T = 2 \mu F r$.""",
            ru=r"""## Итоги

* **Передаточное число педали** $i$ и **вакуумный усилитель** $B$ увеличивают силу ноги в $i \cdot B$ раз.
* **Главный цилиндр** превращает силу в **давление**: $p = F/A$, $A = \pi d^2/4$ (переводите миллиметры в метры;
  1 бар $= 10^5$ Па).
* **Закон Паскаля**: давление одинаково во всех суппортах, а сила $p \cdot A$ — больший **поршень** даёт большую силу.
* **Суппорт** прижимает колодки с **силой прижатия** $F = \eta p A_c$; две колодки: трение $2 \mu F$,
  **тормозной момент** $T = 2 \mu F r$.""",
            en=r"""## Summary

* The **pedal ratio** $i$ and the vacuum **brake booster** $B$ multiply the foot's force $i \cdot B$ times.
* The **master cylinder** turns the force into **pressure**: $p = F/A$, $A = \pi d^2/4$ (turn millimetres into
  metres; 1 bar $= 10^5$ Pa).
* **Pascal's law**: the pressure is the same in every caliper, the force is $p \cdot A$: a larger **piston** gives a
  larger force.
* The **caliper** presses the pads with the **clamping force** $F = \eta p A_c$; two pads: the friction is
  $2 \mu F$, the **braking torque** $T = 2 \mu F r$."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Сөйлемді аяқтаңыз: «Паскаль заңы бойынша бірдей болатын шама — ..., ал күш ... байланысты».
2. Болжамыңыздың қай бөлігі расталмады?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru=r"""## Рефлексия

1. Закончите предложение: «По закону Паскаля одинаковым остаётся ..., а сила зависит от ...».
2. Какая часть вашего предсказания не подтвердилась?
3. Что на уроке осталось непонятным?""",
            en=r"""## Reflection

1. Finish the sentence: "By Pascal's law what stays the same is ..., while the force depends on ..."
2. Which part of your prediction turned out wrong?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: deceleration, front and rear, the disc's temperature rise ------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk=r"""# Тежеу жетегі, 2-сабақ. Баяулау, алдыңғы мен артқы тежегіштер, дискінің қызуы

Сынақ жүргізушісі 100 км/сағ-тан қатты тежейді. Автомобиль неше м/с² баяулайды — R13-H талап ететін 6,43 м/с²-қа
жете ме? Тежеуден кейін алдыңғы дискіні ұстауға болмайды: ол неше градусқа қызады? Ал таудан түскенде жүргізуші
тежегішті қайта-қайта басса, не болады?""",
            ru=r"""# Тормозной привод, урок 2. Замедление, передние и задние тормоза, нагрев диска

Водитель-испытатель резко тормозит со 100 км/ч. С каким замедлением останавливается автомобиль — достигает ли он
6,43 м/с², которых требуют R13-H? После торможения к переднему диску нельзя прикоснуться: на сколько градусов он
нагрелся? А что будет, если на спуске с горы водитель тормозит снова и снова?""",
            en=r"""# The brake system, lesson 2. Deceleration, front and rear brakes, the disc's temperature rise

The test driver brakes hard from 100 km/h. How many m/s² does the car slow down by: does it reach the 6.43 m/s²
R13-H asks for? After the stop nobody can touch a front disc: how many degrees did it warm up? And what happens when
a driver brakes again and again on the way down a hill?"""),
        a.text(
            kk=r"""## 2. Моменттен баяулауға дейін

Әр дискінің **тежеу моменті** $T$ дөңгелектің домалау радиусында $R$ жолға $T/R$ күш береді. Төрт дөңгелектің
күштерінің қосындысы автомобильді баяулатады (9-сыныптағы Ньютонның екінші заңы, `phys-09-braking`):
$a = \dfrac{2 (T_f + T_r)}{m R}$. Қысым барлық суппортқа бірдей, сондықтан алдыңғы тежегіштердің үлесі
$\dfrac{A_f r_f}{A_f r_f + A_r r_r}$ — педаль күшіне тәуелсіз. Алдыңғы тежегіштер үлкенірек: тежегенде
автомобильдің салмағы алға ауысады, алдыңғы дөңгелектер жолды қаттырақ басады.

## 3. Энергия мен жылу

Тоқтағанда автомобильдің **кинетикалық энергиясы** $E = mv^2/2$ дискілер мен колодкаларда жылуға айналады. Әр
алдыңғы дискіге алдыңғы үлестің жартысы тиеді. Бір қысқа тежеуде жылу дискіден әлі шығып үлгермейді, сондықтан
$\Delta T = \dfrac{E_d}{m_d c}$ (8-сыныптағы $Q = cm\Delta t$). Мектеп кестесінде шойынның меншікті жылу
сыйымдылығы 540 Дж/(кг·°С); сұр шойынның анықтамалық мәндері 460-тан 540 Дж/(кг·К)-ге дейін. Біз 460-ты аламыз:
қызудың бағасы сәл үлкен, яғни қормен шығады.""",
            ru=r"""## 2. От момента к замедлению

**Тормозной момент** $T$ каждого диска на радиусе качения колеса $R$ даёт на дороге силу $T/R$. Сумма сил четырёх
колёс замедляет автомобиль (второй закон Ньютона из 9 класса, `phys-09-braking`):
$a = \dfrac{2 (T_f + T_r)}{m R}$. Давление во всех суппортах одинаково, поэтому доля передних тормозов
$\dfrac{A_f r_f}{A_f r_f + A_r r_r}$ не зависит от силы на педали. Передние тормоза больше: при торможении вес
автомобиля переносится вперёд, и передние колёса сильнее давят на дорогу.

## 3. Энергия и теплота

При остановке **кинетическая энергия** автомобиля $E = mv^2/2$ превращается в теплоту в дисках и колодках. Каждому
переднему диску достаётся половина передней доли. За одно короткое торможение теплота не успевает уйти из диска,
поэтому $\Delta T = \dfrac{E_d}{m_d c}$ ($Q = cm\Delta t$ из 8 класса). В школьной таблице удельная теплоёмкость чугуна
540 Дж/(кг·°С); справочные значения для серого чугуна — от 460 до 540 Дж/(кг·К). Мы берём 460: оценка нагрева
получается немного больше, то есть с запасом.""",
            en=r"""## 2. From the torque to the deceleration

Each disc's **braking torque** $T$ gives a force $T/R$ on the road at the tyre's rolling radius $R$. The forces of
the four wheels together slow the car down (Newton's second law from grade 9, `phys-09-braking`):
$a = \dfrac{2 (T_f + T_r)}{m R}$. The pressure is the same in every caliper, so the front brakes' share,
$\dfrac{A_f r_f}{A_f r_f + A_r r_r}$, does not depend on the push on the pedal. The front brakes are larger: in a
stop the car's weight shifts forward and the front wheels press harder on the road.

## 3. Energy and heat

In a stop the car's **kinetic energy** $E = mv^2/2$ becomes heat in the discs and the pads. Each front disc takes
half of the front share. In one short stop the heat has no time to leave the disc, so
$\Delta T = \dfrac{E_d}{m_d c}$ ($Q = cm\Delta t$ from grade 8). The school table gives 540 J/(kg·°C) for cast iron;
data sheets give 460 to 540 J/(kg·K) for grey cast iron. We take 460: the estimate of the warming comes out a little
high, on the safe side."""),
        data_cell(),
        a.example(
            kk=r"""### 2-мысал. 150 Н, баяулау мен үлес

1-мысалдан алдыңғы дискінің моменті $\approx 1357$ Н·м; артқы дискінікі $\approx 491$ Н·м.
$a = 2 \cdot (1357 + 491)/(1500 \cdot 0{,}31) \approx 7{,}95$ м/с² $\approx 0{,}81\,g$ — 6,43 м/с²-тан артық.
Алдыңғы тежегіштердің үлесі $\approx 73{,}4$ %.

### 3-мысал. 100 км/сағ-тан тоқтау

$v = 100/3{,}6 \approx 27{,}8$ м/с, $E = 1500 \cdot 27{,}8^2/2 \approx 579$ кДж. Бір алдыңғы дискіге
$579 \cdot 0{,}734/2 \approx 212$ кДж, $\Delta T = 212\,000/(6 \cdot 460) \approx 77$ К (немесе 77 °C).""",
            ru=r"""### Пример 2. 150 Н, замедление и доля

Из примера 1 момент переднего диска $\approx 1357$ Н·м; заднего $\approx 491$ Н·м.
$a = 2 \cdot (1357 + 491)/(1500 \cdot 0{,}31) \approx 7{,}95$ м/с² $\approx 0{,}81\,g$ — больше 6,43 м/с².
Доля передних тормозов $\approx 73{,}4$ %.

### Пример 3. Остановка со 100 км/ч

$v = 100/3{,}6 \approx 27{,}8$ м/с, $E = 1500 \cdot 27{,}8^2/2 \approx 579$ кДж. Одному переднему диску
$579 \cdot 0{,}734/2 \approx 212$ кДж, $\Delta T = 212\,000/(6 \cdot 460) \approx 77$ К (или 77 °C).""",
            en=r"""### Example 2. 150 N, the deceleration and the share

From example 1 a front disc's torque is $\approx 1357$ N·m; a rear disc's $\approx 491$ N·m.
$a = 2 \cdot (1357 + 491)/(1500 \cdot 0.31) \approx 7.95$ m/s² $\approx 0.81\,g$: more than 6.43 m/s².
The front brakes' share is $\approx 73.4$ %.

### Example 3. A stop from 100 km/h

$v = 100/3.6 \approx 27.8$ m/s, $E = 1500 \cdot 27.8^2/2 \approx 579$ kJ. One front disc takes
$579 \cdot 0.734/2 \approx 212$ kJ, $\Delta T = 212{,}000/(6 \cdot 460) \approx 77$ K (or 77 °C)."""),
        a.code(r"""print("a =", round(brakes.deceleration(150), 2), pick({"kk": "м/с²", "ru": "м/с²", "en": "m/s²"}))
print(pick({"kk": "алдыңғы үлес:", "ru": "передняя доля:", "en": "front share:"}), round(brakes.front_share() * 100, 1), "%")
print("E =", round(brakes.stop_energy(MASS, 100) / 1000), pick({"kk": "кДж", "ru": "кДж", "en": "kJ"}))
print("ΔT =", round(brakes.disc_warming(MASS, 100)), pick({"kk": "К", "ru": "К", "en": "K"}))""", role="example"),
        a.misconception(
            kk=r"""### Дұрыс па?

Ерлан бүкіл автомобильдің энергиясын бір дискіге жатқызды: $579\,000/(6 \cdot 460) \approx 210$ К. Бірақ энергияны
төрт диск бөліседі: алдыңғы екеуіне $73{,}4$ %, артқы екеуіне қалғаны. Ерланның жауабы шамамен 2,7 есе үлкен.
Ал бірнеше тежеу қатарынан жасалса, салқындауды ескермей, қызу қосылады: бес тежеуден кейін $5 \cdot 77 = 385$ К —
колодкалар қатты қызғанда үйкеліс коэффициенті азаяды, бұл **тежегіштің әлсіреуі** (brake fade).""",
            ru=r"""### Верно ли?

Ерлан отнёс энергию всего автомобиля к одному диску: $579\,000/(6 \cdot 460) \approx 210$ К. Но энергию делят четыре
диска: двум передним $73{,}4$ %, двум задним — остальное. Ответ Ерлана примерно в 2,7 раза больше. А если
тормозить несколько раз подряд, нагрев без учёта охлаждения складывается: после пяти торможений $5 \cdot 77 = 385$ К —
у сильно нагретых колодок коэффициент трения падает, это **фединг** (brake fade) тормозов.""",
            en=r"""### Is it true?

Yerlan put the whole car's energy into one disc: $579{,}000/(6 \cdot 460) \approx 210$ K. But four discs share the
energy: the two front ones $73.4$ %, the two rear ones the rest. Yerlan's answer is about 2.7 times too large. And
when the driver brakes several times in a row, the warming adds up (leaving out the cooling): after five stops
$5 \cdot 77 = 385$ K, and very hot pads lose friction: **brake fade**."""),
        a.code(r"""whole = brakes.stop_energy(MASS, 100) / (DISC_MASS * IRON_HEAT)
one = brakes.disc_warming(MASS, 100)
kelvin = pick({"kk": "К", "ru": "К", "en": "K"})
print(pick({"kk": "Ерланның жауабы:", "ru": "Ответ Ерлана:", "en": "Yerlan's answer:"}), round(whole), kelvin)
print(pick({"kk": "Дұрысы:", "ru": "Правильно:", "en": "Right:"}), round(one), kelvin)
print(pick({"kk": "Бес тежеуден кейін:", "ru": "После пяти торможений:", "en": "After five stops:"}), round(5 * one), kelvin)""",
               role="misconception"),
        a.predict(
            kk=r"""### Алдымен бағалаңыз

Енді автомобиль толық жүктелген: 1700 кг. Ол R13-H талап ететін 6,43 м/с²-пен тежелуі керек. Зертханада бас цилиндр
мен алдыңғы суппорттың диаметрлерін таңдайсыз. Жүгірткілерді қозғамас бұрын бағалаңыз: жетектегі қысымды азайту
үшін қай диаметрді өзгерту керек? Ал педаль күшін азайту үшін ше?""",
            ru=r"""### Сначала оцените

Теперь автомобиль загружен полностью: 1700 кг. Он должен тормозить с замедлением 6,43 м/с², которого требуют R13-H.
В лаборатории вы выбираете диаметры главного цилиндра и переднего суппорта. Прежде чем двигать ползунки, оцените:
какой диаметр нужно изменить, чтобы уменьшить давление в приводе? А чтобы уменьшить силу на педали?""",
            en=r"""### Estimate first

Now the car is fully loaded: 1700 kg. It must brake at the 6.43 m/s² R13-H asks for. In the lab you choose the
master cylinder's and the front caliper's diameters. Before you move a slider, estimate: which diameter must change
to lower the line pressure? And to lower the push on the pedal?"""),
        a.design_lab("""design_lab = brakes.make_lab("type-0")
design_lab"""),
        a.text(
            kk=r"""Тапсырманың талаптары зертхананың үстінде жазылған. Диаметрлерді таңдап, **Жобаны тексеру** батырмасын
басыңыз. Бағалауыңыз расталды ма? Бас цилиндрді тым кішірейтсеңіз, қай талап орындалмайды және неге?""",
            ru=r"""Требования задания написаны над лабораторией. Выберите диаметры и нажмите **Проверить проект**.
Подтвердилась ли оценка? Какое требование не выполняется, если взять главный цилиндр слишком малым, и почему?""",
            en=r"""The task's requirements are written above the lab. Choose the diameters and press **Check the design**. Was
your estimate right? Which requirement fails if you take the master cylinder too small, and why?"""),
        a.summary(
            kk=r"""## Қорытынды

* Әр дискінің **тежеу моменті** жолға $T/R$ күш береді: $a = 2(T_f + T_r)/(mR)$.
* **Паскаль заңы** бойынша **қысым** бірдей, сондықтан алдыңғы үлес $A_f r_f/(A_f r_f + A_r r_r)$ педаль
  күшіне тәуелсіз; **суппорт** **поршені** үлкен болса, **қысу күші** де үлкен.
* **Бас цилиндр** кіші болса, қысым үлкен, бірақ педаль ұзағырақ жүреді; **педальдың беріліс саны** мен
  **вакуумдық күшейткіш** аяқтың күшін арттырады.
* Бір тежеуде алдыңғы диск $\Delta T = E_d/(m_d c)$-ға қызады; қатарынан тежегенде қызу қосылады, ал
  қатты қызған колодкалардың үйкеліс коэффициенті азаяды — **тежегіштің әлсіреуі**.""",
            ru=r"""## Итоги

* **Тормозной момент** каждого диска даёт на дороге силу $T/R$: $a = 2(T_f + T_r)/(mR)$.
* По **закону Паскаля** **давление** одинаково, поэтому передняя доля $A_f r_f/(A_f r_f + A_r r_r)$ не зависит от
  силы на педали; чем больше **поршень** **суппорта**, тем больше **сила прижатия**.
* Меньший **главный цилиндр** даёт большее давление, но больший ход педали; **передаточное число педали** и
  **вакуумный усилитель** увеличивают силу ноги.
* За одно торможение передний диск нагревается на $\Delta T = E_d/(m_d c)$; при торможениях подряд нагрев
  складывается, а у сильно нагретых колодок падает коэффициент трения — **фединг**.""",
            en=r"""## Summary

* Each disc's **braking torque** gives the road a force $T/R$: $a = 2(T_f + T_r)/(mR)$.
* By **Pascal's law** the **pressure** is the same, so the front share $A_f r_f/(A_f r_f + A_r r_r)$ does not depend
  on the push on the pedal; the larger the **caliper**'s **piston**, the larger the **clamping force**.
* A smaller **master cylinder** gives more pressure but a longer pedal travel; the **pedal ratio** and the vacuum
  **brake booster** multiply the foot's force.
* In one stop a front disc warms by $\Delta T = E_d/(m_d c)$; in stops one after another the warming adds up,
  and very hot pads lose friction: **brake fade**."""),
        a.reflection(
            kk=r"""## Рефлексия

1. Сөйлемді аяқтаңыз: «Бүкіл автомобильдің энергиясын бір дискіге жатқызуға болмайды, себебі ...».
2. Жобалауда қай талапты орындау ең қиын болды және неге?
3. Бүгін сізге не түсініксіз қалды?""",
            ru=r"""## Рефлексия

1. Закончите предложение: «Нельзя относить энергию всего автомобиля к одному диску, потому что ...».
2. Какое требование было труднее всего выполнить в проекте и почему?
3. Что сегодня осталось для вас непонятным?""",
            en=r"""## Reflection

1. Finish the sentence: "The whole car's energy cannot go into one disc because ..."
2. Which requirement was the hardest to meet in the design, and why?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment -------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import math
import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, compare, check_function, check_design, fingerprint, require, rules, self_check
from curriculum.labs import brake_hydraulics as brakes
from curriculum.i18n import pick

# [kk] 1-тапсырмаға арналған символдар: педаль күші, педальдың беріліс саны, күшейткіш, ПӘК, үйкеліс коэффициенті, бас цилиндр мен суппорттың диаметрлері, тиімді радиус
# [ru] символы для задания 1: сила на педали, передаточное число педали, усилитель, КПД, коэффициент трения, диаметры главного цилиндра и суппорта, эффективный радиус
# [en] symbols for Task 1: push on the pedal, pedal ratio, booster, efficiency, friction coefficient, master cylinder and caliper diameters, effective radius
F_p, i, B, eta, mu, d_mc, d_c, r = sp.symbols("F_p i B eta mu d_mc d_c r", positive=True)"""

ONE_PAD = """{'kk': 'Колодка екеу: үйкеліс күші 2·μ·F.', 'ru': 'Колодок две: сила трения 2·μ·F.', 'en': 'There are two pads: the friction force is 2·μ·F.'}"""
NOT_SQUARED = """{'kk': 'Аудан диаметрдің квадратына пропорционал: (d_c/d_mc)².', 'ru': 'Площадь пропорциональна квадрату диаметра: (d_c/d_mc)².', 'en': 'The area goes with the square of the diameter: (d_c/d_mc)².'}"""
UPSIDE_DOWN = """{'kk': 'Суппорттың поршені үлкен болса, күш үлкен: d_c алымда.', 'ru': 'Чем больше поршень суппорта, тем больше сила: d_c в числителе.', 'en': 'A larger caliper piston gives a larger force: d_c goes on top.'}"""
NO_EFFICIENCY = """{'kk': 'Гидравликаның ПӘК-ін ескеріңіз: η-ға көбейтіңіз.', 'ru': 'Учтите КПД гидравлики: умножьте на η.', 'en': 'Remember the efficiency of the hydraulics: multiply by η.'}"""
NO_BOOSTER = """{'kk': 'Вакуумдық күшейткішті ұмытпаңыз: күш B есе өседі.', 'ru': 'Не забудьте вакуумный усилитель: сила растёт в B раз.', 'en': 'Do not forget the vacuum booster: the force grows B times.'}"""
NO_PEDAL = """{'kk': 'Педальдың беріліс санын ұмытпаңыз: итергіште F·i.', 'ru': 'Не забудьте передаточное число педали: на штоке F·i.', 'en': 'Do not forget the pedal ratio: the pushrod carries F·i.'}"""
DIAMETER = """{'kk': 'Аудан πd²/4 (немесе πr², r = d/2): диаметрді радиус деп алмаңыз.', 'ru': 'Площадь πd²/4 (или πr², r = d/2): не берите диаметр за радиус.', 'en': 'The area is πd²/4 (or πr², r = d/2): do not take the diameter for the radius.'}"""
MM_SQUARED = """{'kk': 'Аудан мм²-пен болса, Н/мм² = МПа шығады, Па емес: миллиметрді метрге айналдырыңыз.', 'ru': 'Если площадь в мм², получаются Н/мм² = МПа, а не Па: переведите миллиметры в метры.', 'en': 'With the area in mm² you get N/mm² = MPa, not Pa: turn millimetres into metres.'}"""
BAR_MPA = """{'kk': '1 МПа = 10 бар: бірлікті тексеріңіз.', 'ru': '1 МПа = 10 бар: проверьте единицу.', 'en': '1 MPa = 10 bar: check the unit.'}"""
SAME_FORCE = """{'kk': 'Паскаль заңы бойынша қысым бірдей, күш емес: F = p·A.', 'ru': 'По закону Паскаля одинаково давление, а не сила: F = p·A.', 'en': "By Pascal's law the pressure is the same, not the force: F = p·A."}"""
OUTER_RADIUS = """{'kk': 'Колодкалардың тиімді радиусын алыңыз (0,115 м), дискінің сыртқы радиусын емес.', 'ru': 'Возьмите эффективный радиус колодок (0,115 м), а не наружный радиус диска.', 'en': "Use the pads' effective radius (0.115 m), not the disc's outer radius."}"""
WHOLE_CAR = """{'kk': 'Энергияны төрт диск бөліседі: бір алдыңғы дискіге алдыңғы үлестің жартысы.', 'ru': 'Энергию делят четыре диска: одному переднему — половина передней доли.', 'en': 'Four discs share the energy: one front disc takes half the front share.'}"""
NO_SHARE = """{'kk': 'Артқы тежегіштер де энергияның бір бөлігін алады: алдыңғы үлесті есептеңіз.', 'ru': 'Задние тормоза тоже забирают часть энергии: вычислите переднюю долю.', 'en': 'The rear brakes take part of the energy too: compute the front share.'}"""
DEGC = """{'kk': 'pint-те x * ureg.degC — x °C температурасы (x + 273,15 K), айырма емес: қызуды ureg.K немесе ureg.delta_degC арқылы жазыңыз.', 'ru': 'В pint x * ureg.degC — это температура x °C (x + 273,15 K), а не разность: записывайте нагрев через ureg.K или ureg.delta_degC.', 'en': 'In pint x * ureg.degC is the temperature x °C (x + 273.15 K), not a difference: write the warming with ureg.K or ureg.delta_degC.'}"""
TWICE = """{'kk': 'Жауап дұрысынан екі есе үлкен: кинетикалық энергия mv²/2, ал екі алдыңғы дискінің әрқайсысына алдыңғы үлестің жартысы тиеді.', 'ru': 'Ответ вдвое больше правильного: кинетическая энергия равна mv²/2, а каждому из двух передних дисков достаётся половина передней доли.', 'en': 'Your value is twice the right one: the kinetic energy is mv²/2, and each of the two front discs takes half the front share.'}"""
COPIES_THE_LAB = """{'kk': 'pedal_force зертхананың brakes.pedal_force функциясын шақырады: функцияны сабақтардағы формулалар бойынша жазыңыз.', 'ru': 'pedal_force вызывает brakes.pedal_force из лаборатории: напишите функцию по формулам уроков.', 'en': "pedal_force calls the lab's brakes.pedal_force: write the function from the lessons' formulas."}"""
KMH = """{'kk': 'Жылдамдықты м/с-қа айналдырыңыз: 3,6-ға бөліңіз.', 'ru': 'Переведите скорость в м/с: разделите на 3,6.', 'en': 'Turn the speed into m/s: divide by 3.6.'}"""


def assignment(meta: object) -> object:
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk=r"""# Тежеу жетегінің гидравликасы: педальдан дискіге дейін

Қостанайдағы автомобиль зауытының тежегіштер бөлімі кроссовердің тежеу жетегін тексереді. Жетектегі қысым
$p = \dfrac{F_p \, i \, B}{\pi d_{mc}^2/4}$, суппорттың **қысу күші** $F = \eta \, p \, \pi d_c^2/4$, екі колодканың
үйкеліс күші $2 \mu F$, **тежеу моменті** $T = 2 \mu F r$, автомобильдің баяулауы $a = 2(T_f + T_r)/(mR)$,
тоқтағандағы энергия $E = mv^2/2$, дискінің қызуы $\Delta T = E_d/(m_d c)$. Кроссовердің деректері:""",
            ru=r"""# Гидравлика тормозного привода: от педали до диска

Отдел тормозных систем автомобильного завода в Костанае проверяет тормозной привод кроссовера. Давление в приводе
$p = \dfrac{F_p \, i \, B}{\pi d_{mc}^2/4}$, **сила прижатия** суппорта $F = \eta \, p \, \pi d_c^2/4$, сила трения
двух колодок $2 \mu F$, **тормозной момент** $T = 2 \mu F r$, замедление автомобиля $a = 2(T_f + T_r)/(mR)$, энергия
при остановке $E = mv^2/2$, нагрев диска $\Delta T = E_d/(m_d c)$. Данные кроссовера:""",
            en=r"""# Brake hydraulics: from the pedal to the disc

The brake systems department of the car plant in Kostanay checks the crossover's brake system. The line pressure is
$p = \dfrac{F_p \, i \, B}{\pi d_{mc}^2/4}$, the caliper's **clamping force** $F = \eta \, p \, \pi d_c^2/4$, the
friction force of two pads $2 \mu F$, the **braking torque** $T = 2 \mu F r$, the car's deceleration
$a = 2(T_f + T_r)/(mR)$, the energy of a stop $E = mv^2/2$ and the disc's warming $\Delta T = E_d/(m_d c)$. The
crossover's data:"""),
        data_cell(),
        a.text(
            kk=r"""Уақыты — 45 минут.

**Жауапты қалай жазу керек.** Бірінші ұяшықта `F_p`, `i`, `B`, `eta`, `mu`, `d_mc`, `d_c`, `r` символдары және
`brakes` модулі (зертхананың моделі) жүктелген. Python кодында бөлшек сандар нүктемен жазылады: `0.0222`. Өлшем
бірлігі бар шаманы `ureg` арқылы жазыңыз (`ureg.bar`, `ureg.MPa`, `ureg.Pa`, `ureg("N*m")`, `ureg.K`); функцияны
тапсырма айтқан атпен және параметрлерімен жазыңыз. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз.""",
            ru=r"""Время — 45 минут.

**Как записывать ответы.** В первой ячейке уже заданы символы `F_p`, `i`, `B`, `eta`, `mu`, `d_mc`, `d_c`, `r` и
загружен модуль `brakes` (модель лаборатории). В коде Python дробные числа пишутся через точку: `0.0222`. Величину с
единицей измерения записывайте через `ureg` (`ureg.bar`, `ureg.MPa`, `ureg.Pa`, `ureg("N*m")`, `ureg.K`); функцию
пишите с тем именем и теми параметрами, которые называет задача. Запускайте тестовую ячейку под каждой задачей.""",
            en=r"""Time: 45 minutes.

**How to write answers.** The first cell defines the symbols `F_p`, `i`, `B`, `eta`, `mu`, `d_mc`, `d_c`, `r` and
loads the module `brakes` (the lab's model). In Python code a decimal number is written with a point: `0.0222`.
Write a quantity with a unit through `ureg` (`ureg.bar`, `ureg.MPa`, `ureg.Pa`, `ureg("N*m")`, `ureg.K`); write
each function with the name and parameters the task gives. Run the test cell under each task."""),

        a.text(kk="## А бөлім. Қысым, қысу күші және тежеу моменті", ru="## Часть А. Давление, сила прижатия и тормозной момент",
               en="## Part A. Pressure, clamping force and braking torque"),
        a.task(1, 1, "A",
               kk=r"""Тежеу моментінің формуласы. Бір дискінің тежеу моментін `F_p`, `i`, `B`, `eta`, `mu`, `d_mc`, `d_c`, `r`
символдары арқылы sympy өрнегі түрінде жазып, `T_formula` айнымалысына сақтаңыз. Жауаптың түрі: `mu*F_p*i*r/d_c`
сияқты өрнек (бұл жауап емес).""",
               ru=r"""Формула тормозного момента. Запишите тормозной момент одного диска выражением sympy через символы `F_p`, `i`,
`B`, `eta`, `mu`, `d_mc`, `d_c`, `r` и сохраните в `T_formula`. Вид ответа: выражение вроде `mu*F_p*i*r/d_c` (это не
ответ).""",
               en=r"""The braking torque formula. Write the braking torque of one disc as a sympy expression in the symbols `F_p`,
`i`, `B`, `eta`, `mu`, `d_mc`, `d_c`, `r` and store it in `T_formula`. The form of the answer: an expression such as
`mu*F_p*i*r/d_c` (not the answer)."""),
        a.answer("torque-formula", "T_formula = 2 * mu * eta * F_p * i * B * (d_c / d_mc)**2 * r", hint={
            "kk": "T_formula = ...  (F_p, i, B, eta, mu, d_mc, d_c, r арқылы sympy өрнегі)",
            "ru": "T_formula = ...  (выражение sympy от F_p, i, B, eta, mu, d_mc, d_c, r)",
            "en": "T_formula = ...  (a sympy expression in F_p, i, B, eta, mu, d_mc, d_c, r)"}),
        a.tests("torque-formula-test", 1, public=f"""assert isinstance(T_formula, sp.Expr), pick({{"kk": "T_formula: sympy өрнегі керек", "ru": "T_formula: нужно выражение sympy", "en": "T_formula should be a sympy expression"}})
assert {{str(x) for x in T_formula.free_symbols}} <= {{"F_p", "i", "B", "eta", "mu", "d_mc", "d_c", "r"}}, "T_formula: F_p, i, B, eta, mu, d_mc, d_c, r"
advise(self_check(T_formula, fingerprint(2 * mu * eta * F_p * i * B * (d_c / d_mc)**2 * r, mistakes=[
    rules.wrong_answer(mu * eta * F_p * i * B * (d_c / d_mc)**2 * r, code="one-pad", message={ONE_PAD}),
    rules.wrong_answer(2 * mu * eta * F_p * i * B * (d_c / d_mc) * r, code="not-squared", message={NOT_SQUARED})])))""",
                hidden=f"""require(compare(T_formula, "2*mu*eta*F_p*i*B*(d_c/d_mc)**2*r", rules=[
    rules.wrong_answer("mu*eta*F_p*i*B*(d_c/d_mc)**2*r", code="one-pad", message={ONE_PAD}),
    rules.wrong_answer("2*mu*eta*F_p*i*B*(d_c/d_mc)*r", code="not-squared", message={NOT_SQUARED}),
    rules.wrong_answer("2*mu*eta*F_p*i*B*(d_mc/d_c)**2*r", code="upside-down", message={UPSIDE_DOWN}),
    rules.wrong_answer("2*mu*F_p*i*B*(d_c/d_mc)**2*r", code="no-efficiency", message={NO_EFFICIENCY}),
    rules.wrong_answer("2*mu*eta*F_p*i*(d_c/d_mc)**2*r", code="no-booster", message={NO_BOOSTER}),
    rules.wrong_answer("2*mu*eta*F_p*B*(d_c/d_mc)**2*r", code="no-pedal-ratio", message={NO_PEDAL}),
    rules.wrong_answer("2*mu*eta*F_p*i*B*r", code="same-force", message={SAME_FORCE}),
    rules.wrong_answer("2*mu*F_p*i*B*r", code="same-force-no-efficiency", message={SAME_FORCE}),
]))"""),

        a.task(2, 1, "A",
               kk=r"""Жетектегі қысым. Жүргізуші педальды 120 Н күшпен басады. Жетектегі қысымды `p` айнымалысына қысым бірлігі
бар pint шамасы ретінде сақтаңыз, мысалы `30 * ureg.bar` немесе `3 * ureg.MPa` (бұл жауап емес). 1 % дәлдікпен
есептелген жауап қабылданады.""",
               ru=r"""Давление в приводе. Водитель нажимает на педаль с силой 120 Н. Сохраните давление в приводе в `p` как величину
pint с единицей давления, например `30 * ureg.bar` или `3 * ureg.MPa` (это не ответ). Принимается ответ с точностью
до 1 %.""",
               en=r"""The line pressure. The driver pushes the pedal with 120 N. Store the line pressure in `p` as a pint quantity
with a unit of pressure, for example `30 * ureg.bar` or `3 * ureg.MPa` (not the answer). An answer within 1 % is
accepted."""),
        a.answer("line-pressure", "p = (120 * ureg.N * 3.5 * 5 / (math.pi * (0.0222 * ureg.m)**2 / 4)).to('bar')", hint={
            "kk": "p = ...  (pint шамасы: бар, МПа немесе Па)", "ru": "p = ...  (величина pint: бар, МПа или Па)",
            "en": "p = ...  (a pint quantity: bar, MPa or Pa)"}),
        a.tests("line-pressure-test", 1, public=f"""require(compare(p, "Pa", mode="dimension"))
advise(self_check(p, fingerprint(brakes.line_pressure(120) * ureg.Pa, rtol=0.01, mistakes=[
    rules.wrong_answer(brakes.line_pressure(120) / 4 * ureg.Pa, code="diameter-as-radius", message={DIAMETER}),
    rules.wrong_answer(brakes.line_pressure(120) / 1e6 * ureg.Pa, code="mm-squared", message={MM_SQUARED}),
    rules.wrong_answer(brakes.line_pressure(120) / 1e5 * ureg.MPa, code="bar-as-mpa", message={BAR_MPA}),
    rules.wrong_answer(brakes.line_pressure(120, boost=1) * ureg.Pa, code="no-booster", message={NO_BOOSTER})])))""",
                hidden=f"""require(compare(p, brakes.line_pressure(120) * ureg.Pa, mode="units", rtol=0.01, rules=[
    rules.wrong_answer(brakes.line_pressure(120) / 4 * ureg.Pa, code="diameter-as-radius", message={DIAMETER}),
    rules.wrong_answer(brakes.line_pressure(120) / 1e6 * ureg.Pa, code="mm-squared", message={MM_SQUARED}),
    rules.wrong_answer(brakes.line_pressure(120) / 1e5 * ureg.MPa, code="bar-as-mpa", message={BAR_MPA}),
    rules.wrong_answer(brakes.line_pressure(120, boost=1) * ureg.Pa, code="no-booster", message={NO_BOOSTER}),
    rules.wrong_answer(brakes.line_pressure(120, pedal_ratio=1) * ureg.Pa, code="no-pedal-ratio", message={NO_PEDAL}),
]))"""),

        a.task(3, 1, "A",
               kk=r"""Алдыңғы дискінің тежеу моменті. Педальға әлі де 120 Н. Бір алдыңғы дискінің тежеу моментін (оның модулін, оң
шаманы) `T_front` айнымалысына момент бірлігі бар pint шамасы ретінде сақтаңыз, мысалы `500 * ureg("N*m")` (бұл жауап емес).
1 % дәлдікпен есептелген жауап қабылданады.""",
               ru=r"""Тормозной момент переднего диска. На педали по-прежнему 120 Н. Сохраните тормозной момент одного переднего
диска (его модуль, положительную величину) в `T_front` как величину pint с единицей момента, например `500 * ureg("N*m")` (это не ответ). Принимается
ответ с точностью до 1 %.""",
               en=r"""The braking torque of a front disc. The pedal still carries 120 N. Store the braking torque of one front disc
(its magnitude, a positive value) in `T_front` as a pint quantity with a unit of torque, for example `500 * ureg("N*m")` (not the answer). An answer
within 1 % is accepted."""),
        a.answer("front-torque", """p_line = 120 * 3.5 * 5 / (math.pi * 0.0222**2 / 4)
clamp = 0.95 * p_line * math.pi * 0.054**2 / 4
T_front = 2 * 0.40 * clamp * 0.115 * ureg("N*m")""", hint={
            "kk": "T_front = ...  (pint шамасы: Н·м немесе кН·м)", "ru": "T_front = ...  (величина pint: Н·м или кН·м)",
            "en": "T_front = ...  (a pint quantity: N·m or kN·m)"}),
        a.tests("front-torque-test", 1, public=f"""require(compare(T_front, "N*m", mode="dimension"))
advise(self_check(T_front, fingerprint(brakes.disc_torque(120) * ureg("N*m"), rtol=0.01, mistakes=[
    rules.wrong_answer(brakes.disc_torque(120) / 2 * ureg("N*m"), code="one-pad", message={ONE_PAD}),
    rules.wrong_answer(2 * 0.40 * brakes.master_force(120) * 0.115 * ureg("N*m"), code="same-force", message={SAME_FORCE})])))""",
                hidden=f"""require(compare(T_front, brakes.disc_torque(120) * ureg("N*m"), mode="units", rtol=0.01, rules=[
    rules.wrong_answer(brakes.disc_torque(120) / 2 * ureg("N*m"), code="one-pad", message={ONE_PAD}),
    rules.wrong_answer(2 * 0.40 * brakes.master_force(120) * 0.115 * ureg("N*m"), code="same-force", message={SAME_FORCE}),
    rules.wrong_answer(brakes.disc_torque(120, efficiency=1) * ureg("N*m"), code="no-efficiency", message={NO_EFFICIENCY}),
    rules.wrong_answer(brakes.disc_torque(120, radius=0.14) * ureg("N*m"), code="outer-radius", message={OUTER_RADIUS}),
]))"""),

        a.text(kk="## Ә бөлім. Энергия және педаль күші", ru="## Часть Б. Энергия и сила на педали",
               en="## Part B. Energy and the push on the pedal"),
        a.task(4, 2, "B",
               kk=r"""Дискінің қызуы. Толық жүктелген автомобиль (1700 кг) 120 км/сағ-тан тоқтайды. Алдыңғы тежегіштердің үлесін
деректерден есептеп, бір алдыңғы дискінің қызуын `dT` айнымалысына температура бірлігі бар pint шамасы ретінде
сақтаңыз, мысалы `40 * ureg.K` (бұл жауап емес). Жылу түгел дискіде қалады деп алыңыз. 2 % дәлдікпен есептелген
жауап қабылданады. Ескертпе: pint-те `20 * ureg.degC` — 20 °C температурасы, айырма емес; қызу — температуралар
айырмасы, оны `ureg.K` немесе `ureg.delta_degC` арқылы жазыңыз.""",
               ru=r"""Нагрев диска. Полностью загруженный автомобиль (1700 кг) останавливается со 120 км/ч. Вычислите по данным
долю передних тормозов и сохраните нагрев одного переднего диска в `dT` как величину pint с единицей температуры,
например `40 * ureg.K` (это не ответ). Считайте, что вся теплота остаётся в диске. Принимается ответ с точностью
до 2 %. Внимание: в pint `20 * ureg.degC` — это температура 20 °C, а не разность; нагрев — разность температур,
записывайте его через `ureg.K` или `ureg.delta_degC`.""",
               en=r"""The disc's warming. The fully loaded car (1700 kg) stops from 120 km/h. Compute the front brakes' share from the
data and store the warming of one front disc in `dT` as a pint quantity with a unit of temperature, for example
`40 * ureg.K` (not the answer). Take it that all the heat stays in the disc. An answer within 2 % is accepted.
Mind: in pint `20 * ureg.degC` is the temperature 20 °C, not a difference; the warming is a difference of
temperatures: write it with `ureg.K` or `ureg.delta_degC`."""),
        a.answer("disc-warming", """front = 0.054**2 * 0.115 / (0.054**2 * 0.115 + 0.034**2 * 0.105)
E = 1700 * (120 / 3.6)**2 / 2
dT = E * front / 2 / (6 * 460) * ureg.K""", hint={
            "kk": "dT = ...  (pint шамасы: К)", "ru": "dT = ...  (величина pint: К)", "en": "dT = ...  (a pint quantity: K)"}),
        a.tests("disc-warming-test", 2, public=f"""require(compare(dT, "K", mode="dimension"))
advise(self_check(dT, fingerprint(brakes.disc_warming(1700, 120) * ureg.K, rtol=0.02, mistakes=[
    rules.wrong_answer(brakes.stop_energy(1700, 120) / (6 * 460) * ureg.K, code="whole-car", message={WHOLE_CAR}),
    rules.wrong_answer(brakes.disc_warming(1700, 120, front=1) * ureg.K, code="no-share", message={NO_SHARE}),
    rules.wrong_answer(2 * brakes.disc_warming(1700, 120) * ureg.K, code="twice", message={TWICE}),
    rules.wrong_answer((brakes.disc_warming(1700, 120) + 273.15) * ureg.K, code="degC-as-difference", message={DEGC})])))""",
                hidden=f"""require(compare(dT, brakes.disc_warming(1700, 120) * ureg.K, mode="units", rtol=0.02, rules=[
    rules.wrong_answer(brakes.stop_energy(1700, 120) / (6 * 460) * ureg.K, code="whole-car", message={WHOLE_CAR}),
    rules.wrong_answer(brakes.disc_warming(1700, 120, front=1) * ureg.K, code="no-share", message={NO_SHARE}),
    rules.wrong_answer(brakes.disc_warming(1700, 120 * 3.6) * ureg.K, code="km-h", message={KMH}),
    rules.wrong_answer(2 * brakes.disc_warming(1700, 120) * ureg.K, code="twice", message={TWICE}),
    rules.wrong_answer((brakes.disc_warming(1700, 120) + 273.15) * ureg.K, code="degC-as-difference", message={DEGC}),
]))"""),

        a.task(5, 2, "B",
               kk=r"""Педаль күші. `pedal_force(decel, mass, d_mc, d_front, d_rear)` функциясын жазыңыз: `decel` — қажет баяулау
(м/с²), `mass` — автомобильдің массасы (кг), `d_mc`, `d_front`, `d_rear` — бас цилиндр мен алдыңғы және артқы суппорт
поршендерінің диаметрлері (мм). Қалған деректер ($i$, $B$, $\eta$, $\mu$, $r_f$, $r_r$, $R$) кестедегідей.
Функция педальға басу күшін ньютонмен (жай сан) қайтарады.

Мысал: `pedal_force(6.43, 1500, 22.2, 54, 34)` → шамамен `121.29`. 0,1 % дәлдікпен есептелген нәтиже
қабылданады. Функцияны сабақтардағы формулалар бойынша жазыңыз: зертхананың `brakes.pedal_force` функциясы — осы
тапсырманың жауабының өзі, оны шақырсаңыз, ұпай берілмейді.""",
               ru=r"""Сила на педали. Напишите функцию `pedal_force(decel, mass, d_mc, d_front, d_rear)`: `decel` — нужное замедление
(м/с²), `mass` — масса автомобиля (кг), `d_mc`, `d_front`, `d_rear` — диаметры главного цилиндра и поршней переднего и
заднего суппортов (мм). Остальные данные ($i$, $B$, $\eta$, $\mu$, $r_f$, $r_r$, $R$) — как в таблице. Функция
возвращает силу на педали в ньютонах (просто число).

Пример: `pedal_force(6.43, 1500, 22.2, 54, 34)` → примерно `121.29`. Принимается результат с точностью до
0,1 %. Пишите функцию по формулам уроков: `brakes.pedal_force` из лаборатории — это и есть ответ задачи, поэтому её
вызов баллов не даёт.""",
               en=r"""The push on the pedal. Write the function `pedal_force(decel, mass, d_mc, d_front, d_rear)`: `decel` is the
deceleration wanted (m/s²), `mass` the car's mass (kg), `d_mc`, `d_front`, `d_rear` the diameters of the master
cylinder and of the front and rear caliper pistons (mm). The other data ($i$, $B$, $\eta$, $\mu$, $r_f$, $r_r$,
$R$) are the table's. The function returns the push on the pedal in newtons (a plain number).

Example: `pedal_force(6.43, 1500, 22.2, 54, 34)` → about `121.29`. A result within 0.1 % is accepted. Write it
from the lessons' formulas: the lab's `brakes.pedal_force` is this task's answer itself, so calling it earns no
points."""),
        a.answer("pedal-force", """def pedal_force(decel, mass, d_mc, d_front, d_rear):
    area = lambda d: math.pi * (d / 1000)**2 / 4
    torque_per_pa = 2 * 2 * 0.40 * 0.95 * (area(d_front) * 0.115 + area(d_rear) * 0.105)
    pressure = mass * decel * 0.31 / torque_per_pa
    return pressure * area(d_mc) / (3.5 * 5)""", hint={
            "kk": "def pedal_force(decel, mass, d_mc, d_front, d_rear): ...   ньютонмен сан қайтарады",
            "ru": "def pedal_force(decel, mass, d_mc, d_front, d_rear): ...   возвращает число в ньютонах",
            "en": "def pedal_force(decel, mass, d_mc, d_front, d_rear): ...   returns a number in newtons"}),
        a.tests("pedal-force-test", 2, public="""assert callable(pedal_force), pick({"kk": "pedal_force: функция керек", "ru": "pedal_force: нужна функция", "en": "pedal_force should be a function"})
# [kk] тапсырма мәтініндегі мысал
# [ru] пример из текста задания
# [en] the example from the task text
require(check_function(pedal_force, brakes.pedal_force, inputs=[(6.43, 1500, 22.2, 54, 34)], rtol=1e-3))""",
                hidden="""from hypothesis import strategies as st


def _copies_the_lab(function):
    \"\"\"1 when pedal_force is the lab's brakes.pedal_force or a function that calls it, else 0.\"\"\"
    code = getattr(function, "__code__", None)
    codes, names = ([code] if code is not None else []), set()
    while codes:
        current = codes.pop()
        names |= set(current.co_names)
        codes += [inner for inner in current.co_consts if hasattr(inner, "co_names")]
    return int(getattr(function, "__module__", "") == brakes.__name__ or "pedal_force" in names)


require(compare(_copies_the_lab(pedal_force), 0, mode="numeric", atol=0.5, rules=[
    rules.wrong_answer(1, code="calls-the-lab", message=""" + COPIES_THE_LAB + """)]))
cases = [(6.43, 1500, 22.2, 54, 34), (6.43, 1700, 22.2, 54, 34), (0.8 * 9.81, 1500, 22.2, 54, 34),
         (5.0, 1200, 20.6, 48, 30), (9.0, 2200, 25.4, 60, 38), (0, 1500, 22.2, 54, 34)]
strategy = st.tuples(st.integers(min_value=10, max_value=95).map(lambda x: x / 10),
                     st.integers(min_value=90, max_value=250).map(lambda x: x * 10.0),
                     st.integers(min_value=190, max_value=260).map(lambda x: x / 10),
                     st.integers(min_value=44, max_value=62), st.integers(min_value=28, max_value=40))
require(check_function(pedal_force, brakes.pedal_force, inputs=cases, strategy=strategy, max_examples=120, rtol=1e-3))"""),

        a.text(kk="## Б бөлім. Жобалау және түсіндіру", ru="## Часть В. Проект и объяснение",
               en="## Part C. Design and explanation"),
        a.task(6, 2, "C",
               kk=r"""Жобалау: толық жүктелген автомобиль. Бес адам мен жүк тиелген кроссовердің массасы 1700 кг. R13-H бойынша
ол 6,43 м/с² баяулаумен тежелуі керек. Зауыттың талаптары (ойдан алынған):

* бұл тежеуге педальға басу күші 100 Н-нан кем емес (одан жеңіл педаль тым сезімтал);
* педальға басу күші 150 Н-нан аспайды;
* жетектегі қысым 60 бардан аспайды.

Педальдың беріліс саны, күшейткіш пен артқы суппорттар өзгермейді; бас цилиндр мен алдыңғы суппорт поршенінің
диаметрлерін өзгертуге болады. Зертханада диаметрлерді таңдап, **Жобаны тексеру** батырмасын басыңыз. Жоба
талаптарға сай болғанда, зертхана көрсеткен жолды (`design = {...}`) жауап ұяшығына көшіріңіз: бағалау кезінде
ешкім жүгірткіні жылжытпайды.""",
               ru=r"""Проект: полностью загруженный автомобиль. Масса кроссовера с пятью людьми и багажом — 1700 кг. По R13-H он
должен тормозить с замедлением 6,43 м/с². Требования завода (вымышленные):

* сила на педали для этого торможения не меньше 100 Н (более лёгкая педаль слишком чувствительна);
* сила на педали не больше 150 Н;
* давление в приводе не больше 60 бар.

Передаточное число педали, усилитель и задние суппорты не меняются; диаметры главного цилиндра и поршня переднего
суппорта можно изменить. Выберите в лаборатории диаметры и нажмите **Проверить проект**. Когда проект выполняет все
требования, скопируйте строку, которую показывает лаборатория (`design = {...}`), в ячейку ответа: при оценивании
никто не двигает ползунки.""",
               en=r"""Design: the fully loaded car. With five people and luggage the crossover's mass is 1700 kg. By R13-H it must
brake at 6.43 m/s². The plant's requirements (fictional):

* the push on the pedal for this stop is at least 100 N (a lighter pedal is too touchy);
* the push on the pedal is at most 150 N;
* the line pressure is at most 60 bar.

The pedal ratio, the booster and the rear calipers stay as they are; the diameters of the master cylinder and of
the front caliper's piston may change. Choose the diameters in the lab and press **Check the design**. When the
design meets every requirement, copy the line the lab shows (`design = {...}`) into the answer cell: nobody moves a
slider when your work is graded."""),
        a.code("""brakes.make_lab("type-0")"""),
        a.answer("design", "design = {'d_mc': 22.2, 'd_front': 58.0}", hint={
            "kk": "design = {...}   (зертхана көрсеткен жол: екі диаметр)",
            "ru": "design = {...}   (строка, которую показывает лаборатория: два диаметра)",
            "en": "design = {...}   (the line the lab shows: the two diameters)"}),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {'d_mc', 'd_front'} <= set(design), "design = {'d_mc': ..., 'd_front': ...}"
advise(check_design(design, brakes.DESIGN_SPEC, model=brakes.design_result))""",
                hidden="""require(check_design(design, brakes.DESIGN_SPEC, model=brakes.design_result))"""),

        a.task(7, 3, "C", locked_id="explain-brakes-prompt",
               kk=r"""Түсіндіріңіз. 5–8 сөйлеммен:
1. кіші бас цилиндр неге жетектегі қысымды арттырады, бірақ педальды ұзағырақ жүргізеді (22,2 мм мен 20 мм-ді
   салыстырыңыз; гидравликалық көтергіштегі $F_1 s_1 = F_2 s_2$ ережесін еске түсіріңіз);
2. неге қысым суппорттарда бірдей, ал алдыңғы суппорт артқысынан көп қысады;
3. таудан түскенде қатарынан тежеу неге қауіпті (сабақтардағы сандарды келтіріңіз).

Жауапты төмендегі ұяшыққа жазыңыз.""",
               ru=r"""Объясните. В 5–8 предложениях:
1. почему меньший главный цилиндр увеличивает давление в приводе, но удлиняет ход педали (сравните 22,2 мм и 20 мм;
   вспомните правило $F_1 s_1 = F_2 s_2$ гидравлического подъёмника);
2. почему давление во всех суппортах одинаковое, а передний суппорт прижимает сильнее заднего;
3. почему опасно тормозить много раз подряд на спуске с горы (приведите числа из уроков).

Напишите ответ в ячейке ниже.""",
               en=r"""Explain. In 5–8 sentences:
1. why a smaller master cylinder raises the line pressure but makes the pedal travel further (compare 22.2 mm with
   20 mm; remember the hydraulic lift's rule $F_1 s_1 = F_2 s_2$);
2. why the pressure is the same in every caliper while the front caliper clamps harder than the rear one;
3. why braking many times in a row on the way down a hill is dangerous (quote the lessons' numbers).

Write your answer in the cell below.""",
               rubric={
                   "kk": r"""* 1 ұпай: $p = F/A$, $A \sim d^2$: 20 мм цилиндр 22,2 мм-ге қарағанда $(22{,}2/20)^2 \approx 1{,}23$ есе, яғни
  шамамен 23 % көп қысым береді; бірақ ол әр миллиметр жүрісте аз сұйықтық ($A \cdot s$) ығыстырады, сондықтан
  колодкаларды жылжыту үшін педаль сонша есе ұзағырақ жүреді ($F_1 s_1 = F_2 s_2$: күштен ұтсақ, жолдан ұтыламыз).
* 1 ұпай: Паскаль заңы: қысым бүкіл жетекте бірдей; күш $p \cdot A$, алдыңғы поршень (54 мм) артқысынан (34 мм)
  үлкен, және алдыңғы колодкалардың радиусы үлкен, сондықтан алдыңғы тежегіштер шамамен 73 % жұмысты атқарады.
* 1 ұпай: бір тежеуде алдыңғы диск $\approx 77$ К-ге қызады, қатарынан тежегенде қызу қосылады (бес тежеуде
  $\approx 385$ К); ыстық колодкалардың үйкеліс коэффициенті азаяды — тежегіштің әлсіреуі, тежеу жолы ұзарады;
  қозғалтқышпен тежеу керек.""",
                   "ru": r"""* 1 балл: $p = F/A$, $A \sim d^2$: цилиндр 20 мм даёт в $(22{,}2/20)^2 \approx 1{,}23$ раза, то есть примерно
  на 23 % больше давления, чем 22,2 мм; но за каждый миллиметр хода он вытесняет меньше жидкости ($A \cdot s$),
  поэтому, чтобы подвести колодки, педаль проходит во столько же раз больше ($F_1 s_1 = F_2 s_2$: выигрыш в силе —
  проигрыш в пути).
* 1 балл: закон Паскаля: давление во всём приводе одинаково; сила $p \cdot A$, передний поршень (54 мм) больше
  заднего (34 мм), и радиус передних колодок больше, поэтому передние тормоза выполняют около 73 % работы.
* 1 балл: за одно торможение передний диск нагревается на $\approx 77$ К, при торможениях подряд нагрев складывается
  (за пять торможений $\approx 385$ К); у горячих колодок коэффициент трения падает — фединг, тормозной путь растёт;
  нужно тормозить двигателем.""",
                   "en": r"""* 1 point: $p = F/A$, $A \sim d^2$: a 20 mm cylinder gives $(22.2/20)^2 \approx 1.23$ times, about 23 % more
  pressure than a 22.2 mm one; but it pushes out less fluid ($A \cdot s$) per millimetre of travel, so the pedal
  travels that many times further to move the pads ($F_1 s_1 = F_2 s_2$: what is won in force is lost in distance).
* 1 point: Pascal's law: the pressure is the same throughout the system; the force is $p \cdot A$, the front piston
  (54 mm) is larger than the rear one (34 mm) and the front pads' radius is larger, so the front brakes do about
  73 % of the work.
* 1 point: one stop warms a front disc by $\approx 77$ K, stops in a row add up (five stops $\approx 385$ K); hot
  pads lose friction (brake fade) and the stopping distance grows; the driver should also brake with the engine in a
  low gear."""}),
        a.written("explain-brakes", 3, r"""**Model answer (en).** The pressure is the force over the master piston's area,
and the area goes with the square of the bore: a 20 mm cylinder gives $(22.2/20)^2 \approx 1.23$ times the pressure
of a 22.2 mm one for the same push, about 23 % more. But the fluid it pushes out is its area times its travel, and
the calipers need the same volume to move the pads, so its piston, and the pedal, must travel 1.23 times as far: as
in the hydraulic lift, $F_1 s_1 = F_2 s_2$, what is won in force is lost in distance. By Pascal's law the pressure
is the same in every caliper, but the force is $p \cdot A$: the front piston (54 mm) is larger than the rear one
(34 mm) and works at a larger radius, so the front brakes give about 73 % of the braking. One stop from 100 km/h
warms a front disc by about 77 K; stops in a row add up, about 385 K after five, and hot pads lose friction (brake
fade), so the car stops later; on a long way down a hill the driver should brake with the engine in a low gear.

**Үлгі жауап (kk).** Қысым — күштің бас цилиндр поршенінің ауданына қатынасы, ал аудан диаметрдің квадратына
пропорционал: бірдей күште 20 мм цилиндр 22,2 мм-ге қарағанда $(22{,}2/20)^2 \approx 1{,}23$ есе, шамамен 23 % көп
қысым береді. Бірақ ол ығыстыратын сұйықтық — ауданы мен жүрісінің көбейтіндісі, ал колодкаларды жылжыту үшін
суппорттарға сол көлем керек, сондықтан поршень де, педаль да 1,23 есе ұзағырақ жүреді: гидравликалық көтергіштегідей
$F_1 s_1 = F_2 s_2$, күштен ұтсақ, жолдан ұтыламыз. Паскаль заңы бойынша қысым барлық суппортта бірдей, ал күш
$p \cdot A$: алдыңғы поршень (54 мм) артқысынан (34 мм) үлкен және үлкенірек радиуста әрекет етеді, сондықтан
алдыңғы тежегіштер тежеудің шамамен 73 %-ын береді. 100 км/сағ-тан бір тежеу алдыңғы дискіні шамамен 77 К-ге
қыздырады; қатарынан тежегенде қызу қосылады, бес тежеуден кейін шамамен 385 К, ал ыстық колодкалардың үйкелісі
азаяды (тежегіштің әлсіреуі), автомобиль кешірек тоқтайды; ұзақ еңістен түскенде төмен берілісте қозғалтқышпен
тежеу керек.

**Образец ответа (ru).** Давление — это сила, делённая на площадь поршня главного цилиндра, а площадь пропорциональна
квадрату диаметра: при той же силе цилиндр 20 мм даёт в $(22{,}2/20)^2 \approx 1{,}23$ раза, примерно на 23 %, больше
давления, чем 22,2 мм. Но вытесняемая им жидкость — это площадь, умноженная на ход, а суппортам, чтобы подвести
колодки, нужен тот же объём, поэтому поршень, а с ним и педаль, проходит в 1,23 раза больше: как в гидравлическом
подъёмнике, $F_1 s_1 = F_2 s_2$, выигрыш в силе — проигрыш в пути. По закону Паскаля давление во всех суппортах
одинаково, но сила равна $p \cdot A$: передний поршень (54 мм) больше заднего (34 мм) и работает на большем
радиусе, поэтому передние тормоза дают около 73 % торможения. Одно торможение со 100 км/ч нагревает передний диск
примерно на 77 К; при торможениях подряд нагрев складывается, после пяти около 385 К, а у горячих колодок падает
трение (фединг), и автомобиль останавливается позже; на длинном спуске нужно тормозить двигателем на низкой
передаче."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "brake_hydraulics.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
