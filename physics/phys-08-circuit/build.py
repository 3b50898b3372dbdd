"""Writes phys-08-circuit's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python physics/phys-08-circuit/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_phys_08_circuit.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the tasks or comes from the lab's model (``curriculum.labs.circuit``);
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
MODULE = "phys-08-circuit"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """from curriculum.i18n import pick
from curriculum.labs import circuit"""


# -- lesson 1: current, voltage, resistance; series and parallel -----------------------------------------

def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Көліктің 12 В тізбектері, 1-сабақ. Ток күші, кернеу, кедергі

Қыс таңы, Қостанай. Жүргізуші көлікті оталдырып, фараларды, артқы әйнекті жылытқышты және салон желдеткішін
қосады. Бәрін бір ғана 12 В аккумулятор мен генератор қоректендіреді. Зауыттың электр сынағы бекетінде әр жаңа
көліктің тізбектерін **амперметрмен** (ammeter) тексереді: ол сымдағы **ток күшін** (current) көрсетеді. Тұтынушылар
қосылған сайын амперметрдің көрсетуі өсе ме, әлде кеми ме? Неге бір фара сөнсе, екіншісі жанып тұра береді?""",
            ru="""# Цепи автомобиля на 12 В, урок 1. Сила тока, напряжение, сопротивление

Зимнее утро, Костанай. Водитель заводит машину и включает фары, обогрев заднего стекла и вентилятор салона. Всё это
питают один аккумулятор на 12 В и генератор. На заводском посту электрических испытаний цепи каждой новой машины
проверяют **амперметром** (ammeter): он показывает **силу тока** (current) в проводе. Растёт или падает показание
амперметра, когда включают всё новые потребители? Почему, если перегорит одна фара, вторая продолжает гореть?""",
            en="""# A car's 12 V circuits, lesson 1. Current, voltage, resistance

A winter morning in Kostanay. A driver starts the car and switches on the headlights, the heated rear window and
the cabin fan. One 12 V battery and the alternator feed them all. At the plant's electrical test station every new
car's circuits are checked with an **ammeter**: it shows the **current** in a wire. Does the ammeter's reading grow
or fall as more loads are switched on? Why does one headlamp keep shining when the other burns out?"""),
        a.text(
            kk="""## 1. Ток күші, кернеу, кедергі және Ом заңы

**Электр тізбегі** (electric circuit) — ток көзі (аккумулятор), сымдар, кілт және тұтынушылар (шамдар,
жылытқыштар, қозғалтқыштар). Тізбек тұйық болғанда ғана ток жүреді.

* **Ток күші** $I$ — өткізгіштің көлденең қимасы арқылы 1 секундта өтетін заряд, $I = q/t$, ампермен (А)
  өлшенеді. Амперметр тізбекке тізбектей жалғанады.
* **Кернеу** (voltage) $U$ — 1 Кл зарядты тасымалдағанда электр өрісі атқаратын жұмыс, $U = A/q$, вольтпен (В)
  өлшенеді. Вольтметр тұтынушыға параллель жалғанады.
* **Кедергі** (resistance) $R$ — өткізгіштің токқа кедергі жасау қасиеті, оммен (Ом) өлшенеді.

**Ом заңы** (Ohm's law) тізбек бөлігі үшін: ток күші кернеуге тура, кедергіге кері пропорционал.""",
            ru="""## 1. Сила тока, напряжение, сопротивление и закон Ома

**Электрическая цепь** (electric circuit) — это источник тока (аккумулятор), провода, выключатель и потребители
(лампы, нагреватели, двигатели). Ток идёт только по замкнутой цепи.

* **Сила тока** $I$ — заряд, проходящий через поперечное сечение проводника за 1 секунду, $I = q/t$, измеряется в
  амперах (А). Амперметр включают в цепь последовательно.
* **Напряжение** (voltage) $U$ — работа электрического поля по переносу заряда 1 Кл, $U = A/q$, измеряется в вольтах
  (В). Вольтметр подключают к потребителю параллельно.
* **Сопротивление** (resistance) $R$ — свойство проводника препятствовать току, измеряется в омах (Ом).

**Закон Ома** (Ohm's law) для участка цепи: сила тока прямо пропорциональна напряжению и обратно пропорциональна
сопротивлению.""",
            en="""## 1. Current, voltage, resistance and Ohm's law

An **electric circuit** is a source (the battery), wires, a switch and loads (lamps, heaters, motors). A current
flows only in a closed circuit.

* The **current** $I$ is the charge that passes through a conductor's cross-section in 1 second, $I = q/t$,
  measured in amperes (A). An ammeter is connected in series.
* The **voltage** $U$ is the work the electric field does to move a charge of 1 C, $U = A/q$, measured in volts (V).
  A voltmeter is connected in parallel with the load.
* The **resistance** $R$ is how much a conductor hinders the current, measured in ohms (Ω).

**Ohm's law** for a section of a circuit: the current is directly proportional to the voltage and inversely
proportional to the resistance."""),
        a.formula(r"$$I = \frac{U}{R},\qquad U = I R,\qquad R = \frac{U}{I}$$"),
        a.example(
            kk="""### 1-мысал

Артқы әйнекті жылытқыштың қыздыру торының кедергісі 0,96 Ом, кернеуі 12 В. Алдымен бағалаңыз: $12/1 = 12$, демек
ток күші 10 А-ден аз ба, көп пе? Есептейміз: $I = U/R = 12 / 0{,}96 = 12{,}5$ А — 10 А-ден көп, өйткені кедергі 1 Ом-нан
сәл аз.

55 Вт фара шамы жанып тұрғанда оның кедергісі шамамен 2,62 Ом, сондықтан ол $12 / 2{,}62 \\approx 4{,}58$ А ток алады.
(Суық шам қылының кедергісі әлдеқайда аз: шам қызғанда кедергісі өседі. Біз тұтынушының жұмыс кезіндегі кедергісін
аламыз.) Келесі ұяшық дәл осыны зертхананың моделімен есептейді.""",
            ru="""### Пример 1

Сопротивление нагревательной сетки обогрева заднего стекла 0,96 Ом, напряжение 12 В. Сначала оцените: $12/1 = 12$,
значит, сила тока больше или меньше 10 А? Вычисляем: $I = U/R = 12 / 0{,}96 = 12{,}5$ А — больше 10 А, потому что
сопротивление чуть меньше 1 Ом.

У горящей лампы фары 55 Вт сопротивление около 2,62 Ом, поэтому она берёт ток $12 / 2{,}62 \\approx 4{,}58$ А.
(У холодной нити сопротивление намного меньше: при нагреве оно растёт. Мы берём сопротивление потребителя в
рабочем состоянии.) Следующая ячейка считает то же по модели лаборатории.""",
            en="""### Example 1

The heating grid of the heated rear window has a resistance of 0.96 Ω at a voltage of 12 V. Estimate first:
$12/1 = 12$, so is the current more or less than 10 A? We compute: $I = U/R = 12 / 0.96 = 12.5$ A, more than 10 A,
because the resistance is a little under 1 Ω.

A 55 W headlamp, when alight, has a resistance of about 2.62 Ω, so it draws $12 / 2.62 \\approx 4.58$ A. (A cold
filament has a far smaller resistance: it grows as the lamp heats up. We take each load's resistance at work.) The
next cell computes the same with the lab's model."""),
        a.code("""A, ohm = pick({"kk": "А", "ru": "А", "en": "A"}), pick({"kk": "Ом", "ru": "Ом", "en": "Ω"})
print(circuit.current(12, 0.96), A)
lamp = circuit.load_resistance(55)
print(round(lamp, 2), ohm, round(circuit.current(12, lamp), 2), A)""", role="example"),
        a.text(
            kk="""## 2. Тізбектей және параллель жалғау

**Тізбектей** (in series) жалғағанда тұтынушылар бір сымның бойында бірінен соң бірі тұрады:

* ток күші барлығында бірдей: $I = I_1 = I_2$;
* кернеулер қосылады: $U = U_1 + U_2$;
* кедергілер қосылады: $R = R_1 + R_2$.

**Параллель** (in parallel) жалғағанда әр тұтынушы ток көзіне өз сымымен жалғанады:

* кернеу барлығында бірдей: $U = U_1 = U_2$;
* токтар қосылады: $I = I_1 + I_2$;
* $1/R = 1/R_1 + 1/R_2$, сондықтан жалпы кедергі ең кіші кедергіден де аз.

Көліктің барлық тұтынушылары 12 В желіге параллель жалғанған: әрқайсысы 12 В алады және өз кілтімен қосылады.""",
            ru="""## 2. Последовательное и параллельное соединение

При **последовательном** (in series) соединении потребители стоят один за другим на одном проводе:

* сила тока во всех одинакова: $I = I_1 = I_2$;
* напряжения складываются: $U = U_1 + U_2$;
* сопротивления складываются: $R = R_1 + R_2$.

При **параллельном** (in parallel) соединении каждый потребитель подключён к источнику своим проводом:

* напряжение на всех одинаково: $U = U_1 = U_2$;
* токи складываются: $I = I_1 + I_2$;
* $1/R = 1/R_1 + 1/R_2$, поэтому общее сопротивление меньше даже самого малого.

Все потребители машины подключены к сети 12 В параллельно: каждый получает 12 В и включается своим выключателем.""",
            en="""## 2. Series and parallel

**In series**, loads stand one after another along one wire:

* the current is the same in all: $I = I_1 = I_2$;
* the voltages add: $U = U_1 + U_2$;
* the resistances add: $R = R_1 + R_2$.

**In parallel**, each load is joined to the source by its own wires:

* the voltage is the same on all: $U = U_1 = U_2$;
* the currents add: $I = I_1 + I_2$;
* $1/R = 1/R_1 + 1/R_2$, so the total resistance is less than even the smallest one.

All a car's loads are joined to the 12 V network in parallel: each gets 12 V and has its own switch."""),
        a.formula(r"$$R_{\parallel} = \frac{R_1 R_2}{R_1 + R_2},\qquad R_{s} = R_1 + R_2$$"),
        a.example(
            kk="""### 2-мысал

Екі фара шамы (әрқайсысы 2,62 Ом) параллель жалғанған. Жалпы кедергі мен ток күші:

$$R = \\frac{2{,}62 \\cdot 2{,}62}{2{,}62 + 2{,}62} = 1{,}31\\ \\text{Ом},\\qquad I = \\frac{12}{1{,}31} \\approx 9{,}2\\ \\text{А},$$

әр шамда 4,58 А және 12 В. Егер оларды тізбектей жалғасақ:

$$R = 2{,}62 + 2{,}62 = 5{,}24\\ \\text{Ом},\\qquad I = \\frac{12}{5{,}24} \\approx 2{,}29\\ \\text{А},$$

әр шамда тек 6 В — шамдар күңгірт жанады.""",
            ru="""### Пример 2

Две лампы фар (по 2,62 Ом) соединены параллельно. Общее сопротивление и сила тока:

$$R = \\frac{2{,}62 \\cdot 2{,}62}{2{,}62 + 2{,}62} = 1{,}31\\ \\text{Ом},\\qquad I = \\frac{12}{1{,}31} \\approx 9{,}2\\ \\text{А},$$

в каждой лампе 4,58 А и 12 В. Если соединить их последовательно:

$$R = 2{,}62 + 2{,}62 = 5{,}24\\ \\text{Ом},\\qquad I = \\frac{12}{5{,}24} \\approx 2{,}29\\ \\text{А},$$

на каждой лампе лишь 6 В — лампы горят тускло.""",
            en="""### Example 2

Two headlamps (2.62 Ω each) are joined in parallel. The total resistance and the current:

$$R = \\frac{2.62 \\cdot 2.62}{2.62 + 2.62} = 1.31\\ \\Omega,\\qquad I = \\frac{12}{1.31} \\approx 9.2\\ \\text{A},$$

and each lamp has 4.58 A and 12 V. Joined in series instead:

$$R = 2.62 + 2.62 = 5.24\\ \\Omega,\\qquad I = \\frac{12}{5.24} \\approx 2.29\\ \\text{A},$$

and each lamp gets only 6 V: the lamps glow dimly."""),
        a.code("""both = circuit.parallel_resistance(lamp, lamp)
print(round(both, 2), ohm, round(circuit.current(12, both), 2), A)
chain = circuit.series_resistance(lamp, lamp)
print(round(chain, 2), ohm, round(circuit.current(12, chain), 2), A)""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Мадина былай дейді: «Шам токтың бір бөлігін жұмсайды, сондықтан шамнан кейін сымда ток азаяды». Фараны және
артқы әйнекті жылытқышты тізбектей жалғап, әр тұтынушының тогын салыстырыңыз. Төмендегі ұяшық тексереді: заряд
жұмсалмайды, ток күші тізбектің барлық жерінде бірдей; шамда энергия жұмсалады.""",
            ru="""### Верно ли?

Мадина говорит: «Лампа расходует часть тока, поэтому после лампы ток в проводе меньше». Соедините последовательно
фары и обогрев заднего стекла и сравните ток каждого потребителя. Ячейка ниже проверяет: заряд не расходуется,
сила тока одинакова во всей цепи; в лампе расходуется энергия.""",
            en="""### Is it true?

Madina says: "A lamp uses up part of the current, so after the lamp there is less current in the wire." Join the
headlights and the heated rear window in series and compare each load's current. The cell below checks: the
charge is not used up, the current is the same all round the circuit; what the lamp uses is energy."""),
        a.code("""r = circuit.circuit(headlights="on", window="on", fan="off", connection="series")
print(round(r["I"]["headlights"], 2), A, round(r["I"]["window"], 2), A, round(r["total"], 2), A)""",
               role="misconception"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана — зауыттың сынақ стенді: 12 В көзі, сақтандырғыш, амперметр және үш тұтынушы. Басында фаралар мен
артқы әйнекті жылытқыш параллель қосулы. ▶ батырмасын баспас бұрын жауап беріңіз: желдеткішті де қоссаңыз,
амперметрдің көрсетуі өсе ме, кеми ме? Тізбектің жалпы кедергісі ше? Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория — заводской испытательный стенд: источник 12 В, предохранитель, амперметр и три потребителя. Сначала
параллельно включены фары и обогрев заднего стекла. Прежде чем нажать ▶, ответьте: если включить ещё и
вентилятор, показание амперметра вырастет или уменьшится? А общее сопротивление цепи? Запишите предсказание в
тетрадь.""",
            en="""### Predict first

The lab is the plant's test bench: a 12 V source, a fuse, an ammeter and three loads. At first the headlights and
the heated rear window are on, in parallel. Before you press ▶, answer: if you switch on the fan too, does the
ammeter's reading grow or fall? And the circuit's total resistance? Write your prediction down."""),
        a.lab("""lab = circuit.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

1. ▶ батырмасын басыңыз: уақыт $t$ өтеді, зарядтар сымдар бойымен қозғалады, ток күші үлкен жерде жылдамырақ,
   ал амперметр арқылы өткен заряд $q = It$ өседі. Үш тұтынушыны да параллель қосыңыз. Амперметрдің көрсетуі әр
   тұтынушының тогының қосындысына тең бе?
2. Стендтің сақтандырғышы 30 А. Үшеуі қосулы болғанда не болады? Қай сақтандырғыш зауыттың 80 % ережесін
   қанағаттандырады?
3. Жалғауды «тізбектей» етіп ауыстырыңыз. Ток күші мен шамдардың жарығы қалай өзгерді? Әр тұтынушыдағы ток
   күшін салыстырыңыз.
4. Тізбектей жалғауда тағы бір тұтынушыны қосыңыз: ток күші өсе ме, кеми ме? Параллель жалғауда ше?
   (Стенд пен тұтынушылардың сандары — ойдан алынған, бірақ шынайыға ұқсас. Тізбектей жалғауда ажыратылған
   тұтынушы тізбектен шығарылады.)""",
            ru="""### Исследуйте

1. Нажмите ▶: идёт время $t$, заряды движутся по проводам, быстрее там, где сила тока больше, а заряд $q = It$,
   прошедший через амперметр, растёт. Включите параллельно все три потребителя. Равно ли показание амперметра
   сумме токов потребителей?
2. Предохранитель стенда — 30 А. Что происходит, когда включены все три? Какой предохранитель удовлетворяет правилу
   завода 80 %?
3. Переключите соединение на «последовательно». Как изменились сила тока и яркость ламп? Сравните силу тока в
   каждом потребителе.
4. При последовательном соединении включите ещё один потребитель: сила тока растёт или падает? А при
   параллельном? (Числа стенда и потребителей придуманы для задачи, но похожи на настоящие. При
   последовательном соединении выключенный потребитель исключается из цепи.)""",
            en="""### Explore

1. Press ▶: the time $t$ runs, the charges move along the wires, faster where the current is larger, and the
   charge $q = It$ that has passed the ammeter grows. Switch all three loads on in parallel. Is the ammeter's
   reading the sum of the loads' currents?
2. The bench's fuse is 30 A. What happens with all three on? Which fuse meets the plant's 80 % rule?
3. Switch the connection to "in series". How did the current and the lamps' brightness change? Compare the current
   in each load.
4. In series, switch one more load on: does the current grow or fall? And in parallel? (The bench's and the loads'
   numbers are made up for the task, but they are like real ones. In series, a load switched off is left out of
   the circuit.)"""),
        a.summary(
            kk="""## Қорытынды

* Ток тек тұйық **электр тізбегінде** жүреді: электр тізбегі — ток көзі, сымдар, кілт және тұтынушылар.
* **Ток күші** $I$ (А) **амперметрмен** өлшенеді, ол тізбектей жалғанады; **кернеу** $U$ (В) вольтметрмен
  өлшенеді, ол параллель жалғанады; **кедергі** $R$ (Ом).
* **Ом заңы**: $I = U/R$.
* **Тізбектей** жалғағанда ток бірдей, кернеулер мен кедергілер қосылады.
* **Параллель** жалғағанда кернеу бірдей, токтар қосылады, жалпы кедергі азаяды. Көліктің тұтынушылары параллель
  жалғанған.""",
            ru="""## Итоги

* Ток идёт только по замкнутой **электрической цепи**: электрическая цепь — источник, провода, выключатель и
  потребители.
* **Сила тока** $I$ (А) измеряется **амперметром**, его включают последовательно; **напряжение** $U$ (В) —
  вольтметром, его подключают параллельно; **сопротивление** $R$ (Ом).
* **Закон Ома**: $I = U/R$.
* **Последовательно**: ток одинаков, напряжения и сопротивления складываются.
* **Параллельно**: напряжение одинаково, токи складываются, общее сопротивление уменьшается. Потребители машины
  соединены параллельно.""",
            en="""## Summary

* A current flows only in a closed **electric circuit**: a source, wires, a switch and loads.
* The **current** $I$ (A) is measured with an **ammeter**, connected in series; the **voltage** $U$ (V) with a
  voltmeter, connected in parallel; the **resistance** $R$ is in ohms (Ω).
* **Ohm's law**: $I = U/R$.
* **In series** the current is the same, and the voltages and resistances add.
* **In parallel** the voltage is the same, the currents add and the total resistance falls. A car's loads are
  joined in parallel."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «Көлікте тұтынушылар параллель жалғанады, өйткені ...».
2. Тұтынушы қосылған сайын амперметрдің көрсетуі неге өседі? Өз сөзіңізбен түсіндіріңіз.
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «В машине потребители соединены параллельно, потому что ...».
2. Почему с каждым включённым потребителем показание амперметра растёт? Объясните своими словами.
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "In a car the loads are joined in parallel because ..."
2. Why does the ammeter's reading grow with every load switched on? Explain in your own words.
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: power, the Joule-Lenz law, fuses and wires --------------------------------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Көліктің 12 В тізбектері, 2-сабақ. Токтың қуаты, Джоуль–Ленц заңы және сақтандырғыштар

Көлік сервиске келді: артқы әйнекті жылытқыш жұмыс істемейді. Шебер сақтандырғыштар блогын ашып, күйген
**сақтандырғышты** (fuse) тапты. Көршісі кеңес береді: «Үлкенірек сақтандырғыш қой, ол күймейді». Ол дұрыс па?
Сақтандырғыш неге күйеді, және тізбекке қай сақтандырғыш пен қандай сым керек? Бұл сабақта жаңа модельдің фаралар
тізбегіне сақтандырғыш пен сымды таңдаймыз.""",
            ru="""# Цепи автомобиля на 12 В, урок 2. Мощность тока, закон Джоуля–Ленца и предохранители

Машина пришла в сервис: не работает обогрев заднего стекла. Мастер открыл блок предохранителей и нашёл
перегоревший **предохранитель** (fuse). Сосед советует: «Поставь предохранитель побольше, он не перегорит». Прав ли
он? Почему перегорает предохранитель и какой предохранитель и провод нужны цепи? На этом уроке подберём
предохранитель и провод для цепи фар новой модели.""",
            en="""# A car's 12 V circuits, lesson 2. The power of a current, the Joule-Lenz law and fuses

A car has come to the service: the heated rear window does not work. The fitter opens the fuse box and finds a
blown **fuse**. A neighbour advises: "Put in a bigger fuse, it won't blow." Is he right? Why does a fuse blow, and
which fuse and which wire does a circuit need? In this lesson we choose the fuse and the wire for the headlights'
circuit of a new model."""),
        a.text(
            kk="""## 3. Токтың қуаты мен жұмысы, Джоуль–Ленц заңы

Тұтынушының **қуаты** (power) — 1 секундта атқарылатын жұмыс: $P = UI$, ваттпен (Вт). Ом заңынан
$P = I^2 R = U^2/R$. Мысалы, 55 Вт фара шамы 12 В-та $55/12 \\approx 4{,}58$ А ток алады.

Токтың $t$ уақыттағы жұмысы $A = Pt$ (Дж; 1 Вт·сағ = 3600 Дж). Өткізгіштен ток өткенде ол қызады. **Джоуль–Ленц
заңы** (Joule-Lenz law): бөлінетін жылу мөлшері $Q = I^2 R t$. Жылу ток күшінің квадратымен өседі: ток екі есе
артса, жылу төрт есе артады. Әйнек жылытқышы осыған негізделген, ал сымдар осы себептен қызып кетеді.""",
            ru="""## 3. Мощность и работа тока, закон Джоуля–Ленца

**Мощность** (power) потребителя — работа за 1 секунду: $P = UI$, в ваттах (Вт). Из закона Ома
$P = I^2 R = U^2/R$. Например, лампа фары 55 Вт при 12 В берёт ток $55/12 \\approx 4{,}58$ А.

Работа тока за время $t$: $A = Pt$ (Дж; 1 Вт·ч = 3600 Дж). Когда по проводнику идёт ток, он нагревается. **Закон
Джоуля–Ленца** (Joule-Lenz law): количество выделившейся теплоты $Q = I^2 R t$. Теплота растёт как квадрат силы
тока: вдвое больший ток — вчетверо больше теплоты. На этом основан обогрев стекла, и поэтому же перегреваются
провода.""",
            en="""## 3. The power and work of a current, the Joule-Lenz law

A load's **power** is the work done in 1 second: $P = UI$, in watts (W). From Ohm's law $P = I^2 R = U^2/R$. A
55 W headlamp, for example, draws $55/12 \\approx 4.58$ A at 12 V.

The work of a current in a time $t$ is $A = Pt$ (J; 1 W·h = 3600 J). A conductor carrying a current heats up. The
**Joule-Lenz law**: the heat given off is $Q = I^2 R t$. The heat grows as the square of the current: twice the
current, four times the heat. The window heater works by it, and it is why wires overheat."""),
        a.formula(r"$$P = U I = I^2 R = \frac{U^2}{R},\qquad A = P t,\qquad Q = I^2 R t$$"),
        a.example(
            kk="""### 3-мысал

Артқы әйнекті жылытқыштың қуаты 150 Вт; ол қосылғаннан кейін шамамен 15 минуттан соң өзі сөнеді. Ток күші
$I = P/U = 150/12 = 12{,}5$ А. Уақыт $t = 15 \\cdot 60 = 900$ с. Бөлінетін жылу $Q = Pt = 150 \\cdot 900 = 135000$ Дж
$= 135$ кДж, немесе $150 \\cdot 0{,}25 = 37{,}5$ Вт·сағ. Джоуль–Ленц заңы да соны береді:
$Q = I^2 R t = 12{,}5^2 \\cdot 0{,}96 \\cdot 900 = 135000$ Дж.""",
            ru="""### Пример 3

Мощность обогрева заднего стекла 150 Вт; примерно через 15 минут после включения он выключается сам. Сила тока
$I = P/U = 150/12 = 12{,}5$ А. Время $t = 15 \\cdot 60 = 900$ с. Выделившаяся теплота $Q = Pt = 150 \\cdot 900 = 135000$ Дж
$= 135$ кДж, или $150 \\cdot 0{,}25 = 37{,}5$ Вт·ч. Закон Джоуля–Ленца даёт то же:
$Q = I^2 R t = 12{,}5^2 \\cdot 0{,}96 \\cdot 900 = 135000$ Дж.""",
            en="""### Example 3

The heated rear window's power is 150 W; about 15 minutes after it is switched on it switches itself off. The
current is $I = P/U = 150/12 = 12.5$ A. The time is $t = 15 \\cdot 60 = 900$ s. The heat given off is
$Q = Pt = 150 \\cdot 900 = 135000$ J $= 135$ kJ, or $150 \\cdot 0.25 = 37.5$ W·h. The Joule-Lenz law gives the same:
$Q = I^2 R t = 12.5^2 \\cdot 0.96 \\cdot 900 = 135000$ J."""),
        a.code("""I = circuit.load_current(150)
J = pick({"kk": "Дж", "ru": "Дж", "en": "J"})
print(I, pick({"kk": "А", "ru": "А", "en": "A"}))
print(circuit.joule_heat(I, circuit.load_resistance(150), 15 * 60), J)""", role="example"),
        a.text(
            kk="""## 4. Сақтандырғыш пен сым

Сақтандырғыш — тізбекке тізбектей жалғанған жіңішке металл пластина. Ток тым үлкен болса, Джоуль–Ленц заңы
бойынша ол қызып, балқиды да, тізбекті ажыратады. Сақтандырғыш өз номиналын ұзақ көтереді; номиналдан асса, ток
неғұрлым үлкен болса, соғұрлым тез күйеді (135 %-да ең көбі жарты сағатта, 200 %-да бірнеше секундта).
Көліктің сақтандырғыштарының стандартты номиналдары: 5; 7,5; 10; 15; 20; 25; 30 А және т.б.

Зауыттың ережесі (өндірушілердің кеңесі бойынша): жұмыс тогы сақтандырғыштың номиналының 80 %-ынан аспауы керек,
яғни номинал кемінде $I/0{,}8$. Бірақ сақтандырғыш сымды да қорғауы керек: оның номиналы сымға рұқсат етілген
токтан аспайды. Сымның кедергісі $R = \\rho l/S$, мұндағы мыстың **меншікті кедергісі** (resistivity)
$\\rho = 0{,}017$ Ом·мм²/м, $l$ — ұзындығы (м), $S$ — көлденең қимасының ауданы (мм²). Сымдағы **кернеудің түсуі**
(voltage drop) $\\Delta U = I R$ сымда жоғалады: тұтынушыға $U - \\Delta U$ жетеді.

Зауыт кестесі (ойдан алынған, бірақ шынайыға ұқсас): 0,5 мм² — 7 А; 0,75 мм² — 10 А; 1,0 мм² — 13 А; 1,5 мм² — 16 А;
2,5 мм² — 22 А; 4,0 мм² — 30 А.""",
            ru="""## 4. Предохранитель и провод

Предохранитель — тонкая металлическая пластинка, включённая в цепь последовательно. Если ток слишком велик, по
закону Джоуля–Ленца она нагревается, плавится и разрывает цепь. Свой номинал предохранитель держит долго; выше
номинала он перегорает тем быстрее, чем больше ток (при 135 % — не больше чем за полчаса, при 200 % — за несколько
секунд). Стандартные номиналы предохранителей машины: 5; 7,5; 10; 15; 20; 25; 30 А и т.д.

Правило завода (по советам производителей): рабочий ток не больше 80 % номинала предохранителя, то есть номинал не
меньше $I/0{,}8$. Но предохранитель должен защищать и провод: его номинал не больше допустимого тока провода.
Сопротивление провода $R = \\rho l/S$, где **удельное сопротивление** (resistivity) меди $\\rho = 0{,}017$ Ом·мм²/м,
$l$ — длина (м), $S$ — площадь поперечного сечения (мм²). **Падение напряжения** (voltage drop) в проводе
$\\Delta U = I R$ теряется в проводе: до потребителя доходит $U - \\Delta U$.

Таблица завода (придумана для задачи, но похожа на настоящие): 0,5 мм² — 7 А; 0,75 мм² — 10 А; 1,0 мм² — 13 А;
1,5 мм² — 16 А; 2,5 мм² — 22 А; 4,0 мм² — 30 А.""",
            en="""## 4. The fuse and the wire

A fuse is a thin metal strip connected in series in the circuit. When the current is too large, it heats up by the
Joule-Lenz law, melts and breaks the circuit. A fuse carries its rating for a long time; above it, it blows the
sooner the larger the current (at 135 % within half an hour at most, at 200 % within a few seconds). A car's
standard fuse ratings are 5, 7.5, 10, 15, 20, 25, 30 A and so on.

The plant's rule (after the makers' advice): the working current at most 80 % of the fuse's rating, that is, a
rating of at least $I/0.8$. But the fuse must protect the wire too: its rating is no more than the wire's allowed
current. A wire's resistance is $R = \\rho l/S$, where copper's **resistivity** is $\\rho = 0.017$ Ω·mm²/m, $l$ the
length (m) and $S$ the cross-section's area (mm²). The **voltage drop** in the wire, $\\Delta U = I R$, is lost
in the wire: the load gets $U - \\Delta U$.

The plant's table (made up for the task, but like real ones): 0.5 mm²: 7 A; 0.75 mm²: 10 A; 1.0 mm²: 13 A;
1.5 mm²: 16 A; 2.5 mm²: 22 A; 4.0 mm²: 30 A."""),
        a.example(
            kk="""### 4-мысал

Желдеткіштің қуаты 120 Вт: ток күші $120/12 = 10$ А. Сақтандырғыштың номиналы кемінде $10/0{,}8 = 12{,}5$ А
болуы керек: стандарттылардың ең кішісі — 15 А. Сым 15 А-ден кем емес токқа рұқсат етілуі керек: 1,0 мм² (13 А)
жарамайды, 1,5 мм² (16 А) жарайды.""",
            ru="""### Пример 4

Мощность вентилятора 120 Вт: сила тока $120/12 = 10$ А. Номинал предохранителя должен быть не меньше
$10/0{,}8 = 12{,}5$ А: наименьший из стандартных — 15 А. Провод должен допускать не меньше 15 А: 1,0 мм² (13 А) не
годится, 1,5 мм² (16 А) годится.""",
            en="""### Example 4

The fan's power is 120 W: a current of $120/12 = 10$ A. The fuse's rating must be at least $10/0.8 = 12.5$ A: the
smallest standard one is 15 A. The wire must allow at least 15 A: 1.0 mm² (13 A) will not do, 1.5 mm² (16 A)
will."""),
        a.code("""print(circuit.smallest_fuse(circuit.load_current(120)), circuit.WIRES[1.5])""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Көршінің кеңесі: «15 А-дің орнына 30 А қой — сенімдірек». Желдеткіштің қозғалтқышы кептеліп қалса, ол 25 А ток
алуы мүмкін. 30 А сақтандырғыш күймейді, ал 1,5 мм² сымға тек 16 А рұқсат етілген. Сымның әр метрінде 1 секундта
бөлінетін жылуды 10 А және 25 А кезінде салыстырыңыз. Төмендегі ұяшық тексереді: жылу $(25/10)^2 = 6{,}25$ есе артады —
сым қызып, оқшаулағышы балқиды. Үлкен сақтандырғыш сымды қорғамайды.""",
            ru="""### Верно ли?

Совет соседа: «Поставь 30 А вместо 15 А — надёжнее». Если мотор вентилятора заклинит, он может взять ток 25 А.
Предохранитель 30 А не перегорит, а провод 1,5 мм² допускает только 16 А. Сравните теплоту, выделяющуюся за 1 секунду в
каждом метре провода при 10 А и при 25 А. Ячейка ниже проверяет: теплота растёт в $(25/10)^2 = 6{,}25$ раза — провод
перегревается, изоляция плавится. Большой предохранитель не защищает провод.""",
            en="""### Is it true?

The neighbour's advice: "Put in 30 A instead of 15 A, it's safer." If the fan's motor jams, it may draw 25 A. A
30 A fuse does not blow, but the 1.5 mm² wire is allowed only 16 A. Compare the heat given off each second in each
metre of the wire at 10 A and at 25 A. The cell below checks: the heat grows $(25/10)^2 = 6.25$ times; the wire overheats and
its insulation melts. A bigger fuse does not protect the wire."""),
        a.code("""per_metre = circuit.wire_resistance(1, 1.5)
W = pick({"kk": "Вт", "ru": "Вт", "en": "W"})
print(round(circuit.joule_heat(10, per_metre, 1), 2), W, round(circuit.joule_heat(25, per_metre, 1), 2), W)
print(circuit.fuse_state(25, 30), circuit.fuse_state(25, 15))""", role="misconception"),
        a.predict(
            kk="""### Алдымен бағалаңыз

Жаңа модельдің екі фарасы (2 × 55 Вт) бір сақтандырғышпен қорғалады, сымның ұзындығы 5 м. Сымда 12 В-тың 3 %-ынан,
яғни 0,36 В-тан артық кернеу түспеуі керек, әйтпесе фаралар күңгірт жанады. Зертханада таңдамас бұрын бағалаңыз:
ток шамамен $110/12 \\approx 9{,}17$ А, сақтандырғыш кемінде $9{,}17/0{,}8 \\approx 11{,}5$ А. Сымның кедергісі
$0{,}36/9{,}17 \\approx 0{,}0393$ Ом-нан аспауы керек, сондықтан қимасы кемінде $0{,}017 \\cdot 5/0{,}0393 \\approx 2{,}16$ мм².
(Сымның өз кедергісі токты сәл азайтады: зертхана дәл есептейді.) Қай сақтандырғыш пен қай сым жарайды?""",
            ru="""### Сначала оцените

Две фары новой модели (2 × 55 Вт) защищены одним предохранителем, длина провода 5 м. В проводе должно теряться не
больше 3 % от 12 В, то есть 0,36 В, иначе фары горят тускло. Прежде чем выбирать в лаборатории, оцените: ток около
$110/12 \\approx 9{,}17$ А, предохранитель не меньше $9{,}17/0{,}8 \\approx 11{,}5$ А. Сопротивление провода не больше
$0{,}36/9{,}17 \\approx 0{,}0393$ Ом, поэтому сечение не меньше $0{,}017 \\cdot 5/0{,}0393 \\approx 2{,}16$ мм². (Собственное
сопротивление провода немного уменьшает ток: лаборатория считает точно.) Какой предохранитель и какой провод
подойдут?""",
            en="""### Estimate first

The new model's two headlamps (2 × 55 W) share one fuse, and the wire is 5 m long. No more than 3 % of 12 V, that
is 0.36 V, may be lost in the wire, or the headlights glow dimly. Before you choose in the lab, estimate: the
current is about $110/12 \\approx 9.17$ A, the fuse at least $9.17/0.8 \\approx 11.5$ A. The wire's resistance must be
at most $0.36/9.17 \\approx 0.0393$ Ω, so its cross-section at least $0.017 \\cdot 5/0.0393 \\approx 2.16$ mm². (The
wire's own resistance makes the current a little smaller: the lab computes it exactly.) Which fuse and which wire
will do?"""),
        a.design_lab("""design_lab = circuit.make_lab("headlights")
design_lab"""),
        a.text(
            kk="""Сақтандырғыш пен сымды барлық талап орындалатындай таңдап, **Жобаны тексеру** батырмасын басыңыз. ▶
батырмасымен токты көріңіз. Бағалауыңыз расталды ма? Талаптарды орындайтын тағы бір жобаны табыңыз: зауытқа
қайсысы тиімді (жуан сым қымбат және ауыр)?""",
            ru="""Подберите предохранитель и провод так, чтобы выполнялись все требования, и нажмите **Проверить проект**.
Посмотрите на ток кнопкой ▶. Подтвердилась ли ваша оценка? Найдите ещё один проект, который выполняет требования:
какой выгоднее заводу (толстый провод дороже и тяжелее)?""",
            en="""Choose the fuse and the wire so that every requirement holds, and press **Check the design**. Watch the current
with ▶. Was your estimate right? Find another design that meets the requirements: which one suits the plant better
(a thick wire costs more and weighs more)?"""),
        a.summary(
            kk="""## Қорытынды

* Токтың **қуаты** $P = UI = I^2 R$ (Вт), жұмысы $A = Pt$ (Дж немесе Вт·сағ).
* **Джоуль–Ленц заңы**: $Q = I^2 R t$ — жылу ток күшінің квадратымен өседі.
* **Сақтандырғыш** тым үлкен токта балқып, тізбекті ажыратады. Оның номиналы жұмыс тогынан $I/0{,}8$-ден кем емес
  және сымға рұқсат етілген токтан артық емес.
* Сымның кедергісі $R = \\rho l/S$, **меншікті кедергі** мыс үшін 0,017 Ом·мм²/м; **кернеудің түсуі** $\\Delta U = IR$.""",
            ru="""## Итоги

* **Мощность** тока $P = UI = I^2 R$ (Вт), работа $A = Pt$ (Дж или Вт·ч).
* **Закон Джоуля–Ленца**: $Q = I^2 R t$ — теплота растёт как квадрат силы тока.
* **Предохранитель** при слишком большом токе плавится и разрывает цепь. Его номинал не меньше $I/0{,}8$ и не
  больше допустимого тока провода.
* Сопротивление провода $R = \\rho l/S$, **удельное сопротивление** меди 0,017 Ом·мм²/м; **падение напряжения**
  $\\Delta U = IR$.""",
            en="""## Summary

* A current's **power** is $P = UI = I^2 R$ (W), its work $A = Pt$ (J or W·h).
* The **Joule-Lenz law**: $Q = I^2 R t$; the heat grows as the square of the current.
* A **fuse** melts at too large a current and breaks the circuit. Its rating is at least $I/0.8$ and no more than
  the wire's allowed current.
* A wire's resistance is $R = \\rho l/S$, with copper's **resistivity** 0.017 Ω·mm²/m; the **voltage drop** is
  $\\Delta U = IR$."""),
        a.reflection(
            kk="""## Рефлексия

1. Көршіге үлкен сақтандырғыштың неге қауіпті екенін екі сөйлеммен түсіндіріңіз.
2. Жобалағанда қай талап ең қиын болды және неге?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Объясните соседу в двух предложениях, почему большой предохранитель опасен.
2. Какое требование было самым трудным при проектировании и почему?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Explain to the neighbour in two sentences why a bigger fuse is dangerous.
2. Which requirement was the hardest in the design, and why?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import circuit

# [kk] сақтандырғыштардың стандартты номиналдары, А
# [ru] стандартные номиналы предохранителей, А
# [en] the standard fuse ratings, A
FUSES = [1, 2, 3, 4, 5, 7.5, 10, 15, 20, 25, 30, 35, 40]
# [kk] формулалардың әріптері; оларға сан бермеңіз
# [ru] буквы формул; не присваивайте им чисел
# [en] the letters of the formulas; do not give them numbers
R1, R2 = sp.symbols("R1 R2", positive=True)"""


def _mistakes() -> dict[str, object]:
    """The anticipated mistakes whose messages both the self-checks and the hidden checks give."""
    R1, R2 = sp.symbols("R1 R2", positive=True)
    return {
        "times": rules.wrong_answer(36 * ureg.ampere, code="ohms-law-upside-down", message={
            "kk": "Кернеу кедергіге көбейтілген. Ом заңы бойынша ток күші кернеуді кедергіге бөлгенге тең: I = U/R.",
            "ru": "Напряжение умножено на сопротивление. По закону Ома сила тока равна напряжению, делённому на сопротивление: I = U/R.",
            "en": "The voltage was multiplied by the resistance. By Ohm's law the current is the voltage divided by the resistance: I = U/R."}),
        "inverted": rules.wrong_answer(0.25 * ureg.ampere, code="ohms-law-upside-down", message={
            "kk": "Бөлшек төңкеріліп кеткен: I = U/R, кедергі бөлімде тұрады.",
            "ru": "Дробь перевёрнута: I = U/R, сопротивление стоит в знаменателе.",
            "en": "The fraction is upside down: I = U/R, with the resistance below the line."}),
        "series": rules.wrong_answer(R1 + R2, code="series-for-parallel", message={
            "kk": "Бұл — тізбектей жалғаудың кедергісі. Параллель жалғағанда 1/R = 1/R₁ + 1/R₂, ал жалпы кедергі әрқайсысынан кіші.",
            "ru": "Это сопротивление последовательного соединения. При параллельном 1/R = 1/R₁ + 1/R₂, и общее сопротивление меньше каждого.",
            "en": "That is the resistance in series. In parallel 1/R = 1/R₁ + 1/R₂, and the total is smaller than either."}),
        "no-wire": rules.wrong_answer(12 * ureg.volt, code="voltage-drop-forgotten", message={
            "kk": "Сымда да кернеу түседі: тізбектей жалғағанда кернеулер қосылады, шамға 12 В-тан аз келеді.",
            "ru": "В проводе тоже падает напряжение: при последовательном соединении напряжения складываются, и на лампу приходится меньше 12 В.",
            "en": "Some voltage drops in the wire too: in series the voltages add, and the lamp gets less than 12 V."}),
        "wire-voltage": rules.wrong_answer(0.4 * ureg.volt, code="wrong-part", message={
            "kk": "Бұл — сымдағы кернеу. Шамдағы кернеуді сұрайды.",
            "ru": "Это напряжение на проводе. Спрашивают напряжение на лампе.",
            "en": "That is the voltage across the wire. The task asks for the lamp's."}),
        "in-series": rules.wrong_answer(12 / (144 / 110 + 144 / 96 + 144 / 60) * ureg.ampere, code="series-for-parallel", message={
            "kk": "Тұтынушылар тізбектей жалғанғандай есептелген. Көлікте олар параллель: әрқайсысы 12 В алады, токтар қосылады.",
            "ru": "Посчитано так, будто потребители соединены последовательно. В машине они параллельны: каждый получает 12 В, токи складываются.",
            "en": "This treats the loads as if in series. In a car they are in parallel: each gets 12 V, and the currents add."}),
        "all-in-series": rules.wrong_answer(12 / (2 * 144 / 55 + 2 * 3 + 144 / 60) * ureg.ampere, code="series-for-parallel", message={
            "kk": "Тұтынушылар тізбектей жалғанғандай есептелген. Көлікте олар параллель: әрқайсысы 12 В алады, токтар қосылады.",
            "ru": "Посчитано так, будто потребители соединены последовательно. В машине они параллельны: каждый получает 12 В, токи складываются.",
            "en": "This treats the loads as if in series. In a car they are in parallel: each gets 12 V, and the currents add."}),
        "pairs-once": rules.wrong_answer((55 + 48 + 60) / 12 * ureg.ampere, code="load-missing", message={
            "kk": "Фара да, орындық жылытқышы да екеу: әр жұптың екі тұтынушысының да тогын қосыңыз.",
            "ru": "И фар, и подогревов сидений по два: сложите токи обоих потребителей каждой пары.",
            "en": "There are two headlamps and two seat heaters: add the currents of both loads of each pair."}),
        "one-lamp": rules.wrong_answer((55 + 96 + 60) / 12 * ureg.ampere, code="load-missing", message={
            "kk": "Бір фараның тогы ғана алынған: фара екеу, әрқайсысы 55 Вт.",
            "ru": "Учтена только одна фара: фар две, по 55 Вт каждая.",
            "en": "Only one headlamp was counted: there are two, 55 W each."}),
        "I-not-squared": rules.wrong_answer(4 * 3 * 600 * ureg.joule, code="current-not-squared", message={
            "kk": "Джоуль–Ленц заңында ток күші квадратпен алынады: Q = I²Rt.",
            "ru": "В законе Джоуля–Ленца сила тока берётся в квадрате: Q = I²Rt.",
            "en": "In the Joule-Lenz law the current is squared: Q = I²Rt."}),
        "minutes": rules.wrong_answer(16 * 3 * 10 * ureg.joule, code="unit-not-converted", message={
            "kk": "Уақыт минутпен қалып қойған: джоульмен алу үшін секундқа айналдырыңыз.",
            "ru": "Время осталось в минутах: чтобы получить джоули, переведите его в секунды.",
            "en": "The time was left in minutes: convert it to seconds to get joules."}),
    }


RULE_ANSWERS = {"times": "36 * ureg.ampere", "inverted": "0.25 * ureg.ampere", "series": "R1 + R2",
                "no-wire": "12 * ureg.volt", "wire-voltage": "0.4 * ureg.volt",
                "in-series": "12 / (144 / 110 + 144 / 96 + 144 / 60) * ureg.ampere",
                "all-in-series": "12 / (2 * 144 / 55 + 2 * 3 + 144 / 60) * ureg.ampere",
                "pairs-once": "(55 + 48 + 60) / 12 * ureg.ampere", "one-lamp": "(55 + 96 + 60) / 12 * ureg.ampere", "I-not-squared": "4 * 3 * 600 * ureg.joule",
                "minutes": "16 * 3 * 10 * ureg.joule"}


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    R1, R2 = sp.symbols("R1 R2", positive=True)
    m = _mistakes()
    return {
        "I_seat": fingerprint(4 * ureg.ampere, rtol=0.01, mistakes=[m["times"], m["inverted"]], salt=salt("I_seat")),
        "R_total": fingerprint(R1 * R2 / (R1 + R2), mistakes=[m["series"]], salt=salt("R_total")),
        "U_lamp": fingerprint(11.6 * ureg.volt, rtol=0.01, mistakes=[m["no-wire"], m["wire-voltage"]],
                              salt=salt("U_lamp")),
        "I_total": fingerprint(266 / 12 * ureg.ampere, rtol=0.01,
                               mistakes=[m["in-series"], m["all-in-series"], m["one-lamp"], m["pairs-once"]],
                               salt=salt("I_total")),
        "Q_seat": fingerprint(28800 * ureg.joule, rtol=0.01, mistakes=[m["I-not-squared"], m["minutes"]],
                              salt=salt("Q_seat")),
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
            kk="""# Көліктің 12 В тізбектері: Ом заңы, қуат және сақтандырғыштар

Зауыттың электр сынағы бекетінде жаңа модельдің 12 В тізбектері тексеріледі (барлық сандар ойдан алынған, бірақ
шынайыға ұқсас). Бұл тапсырмада сіз Ом заңымен ток күшін есептейсіз, параллель жалғаудың кедергісін өрнек түрінде
жазасыз, тізбектей жалғауда шамдағы кернеуді, параллель тұтынушылардың жалпы тогын және Джоуль–Ленц заңы бойынша
жылуды табасыз, сақтандырғышты таңдайтын функция жазасыз және зертханада фаралар тізбегін жобалайсыз.
Уақыты — 45 минут.""",
            ru="""# Цепи автомобиля на 12 В: закон Ома, мощность и предохранители

На заводском посту электрических испытаний проверяют цепи новой модели на 12 В (все числа придуманы для задачи, но
похожи на настоящие). В этом задании вы вычислите по закону Ома силу тока, запишете выражением сопротивление
параллельного соединения, найдёте напряжение на лампе при последовательном соединении, общий ток параллельных
потребителей и теплоту по закону Джоуля–Ленца, напишете функцию выбора предохранителя и спроектируете в
лаборатории цепь фар. Время — 45 минут.""",
            en="""# A car's 12 V circuits: Ohm's law, power and fuses

At the plant's electrical test station the new model's 12 V circuits are checked (all the numbers are made up for
the task, but they are like real ones). In this assignment you compute a current by Ohm's law, write the resistance
of a parallel connection as an expression, find a lamp's voltage in series, the total current of loads in parallel
and a heat by the Joule-Lenz law, write a function that picks a fuse, and design the headlights' circuit in the
lab. Time: 45 minutes."""),
        a.formula(r"$$I = \frac{U}{R},\qquad R_s = R_1 + R_2,\qquad \frac{1}{R_p} = \frac{1}{R_1} + \frac{1}{R_2},"
                  r"\qquad P = U I,\qquad Q = I^2 R t$$"),
        a.text(
            kk="""Белгілеулер: $I$ — ток күші (А), $U$ — кернеу (В), $R$ — кедергі (Ом), $P$ — қуат (Вт), $Q$ — жылу (Дж),
$t$ — уақыт (с). Борттық желінің кернеуі 12 В.

**Жауапты қалай жазу керек.** Өлшем бірлігі бар шаманы `ureg` арқылы жазыңыз: `5 * ureg.ampere`, `3 * ureg.volt`,
`2 * ureg.ohm`, `7 * ureg.joule`, `4 * ureg.kilojoule`, `1 * ureg.watt_hour`. Бірінші код ұяшығындағы `R1, R2`
әріптеріне сан меншіктемеңіз. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың түрін тексереді.""",
            ru="""Обозначения: $I$ — сила тока (А), $U$ — напряжение (В), $R$ — сопротивление (Ом), $P$ — мощность (Вт), $Q$ —
теплота (Дж), $t$ — время (с). Напряжение бортовой сети 12 В.

**Как записывать ответы.** Величину с единицей измерения записывайте через `ureg`: `5 * ureg.ampere`,
`3 * ureg.volt`, `2 * ureg.ohm`, `7 * ureg.joule`, `4 * ureg.kilojoule`, `1 * ureg.watt_hour`. Не присваивайте
числа буквам `R1, R2` из первой ячейки кода. Запускайте тестовую ячейку под каждой задачей: она проверяет форму
ответа.""",
            en="""Notation: $I$ is a current (A), $U$ a voltage (V), $R$ a resistance (Ω), $P$ a power (W), $Q$ a heat (J), $t$ a
time (s). The on-board network is at 12 V.

**How to write answers.** Write a quantity with a unit through `ureg`: `5 * ureg.ampere`, `3 * ureg.volt`,
`2 * ureg.ohm`, `7 * ureg.joule`, `4 * ureg.kilojoule`, `1 * ureg.watt_hour`. Do not assign numbers to the letters
`R1, R2` of the first code cell. Run the test cell under each task: it checks the form of your answer."""),

        a.text(kk="## А бөлім. Ом заңы және жалғау", ru="## Часть А. Закон Ома и соединения",
               en="## Part A. Ohm's law and connections"),
        a.task(1, 2, "A",
               kk="""Орындық жылытқышының қыздыру элементінің кедергісі 3 Ом, ол 12 В желіге жалғанған. Ток күшін `I_seat`
ампермен есептеңіз (`ureg.ampere`); 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""Сопротивление нагревательного элемента подогрева сиденья 3 Ом, он подключён к сети 12 В. Вычислите силу тока
`I_seat` в амперах (`ureg.ampere`); принимается ответ с точностью до 1 %.""",
               en="""The heating element of a seat heater has a resistance of 3 Ω and is connected to the 12 V network. Compute the
current `I_seat` in amperes (`ureg.ampere`); an answer within 1 % is accepted."""),
        a.answer("seat-current", "I_seat = 12 / 3 * ureg.ampere", before="# I_seat = ... * ureg.ampere"),
        a.tests("seat-current-test", 2, public=f"""require(compare(I_seat, "A", mode="dimension"))
advise(self_check(I_seat, "{token['I_seat']}"))""", hidden=f"""from curriculum.check import rules
require(compare(I_seat, "4 A", mode="units", rtol=0.01, rules=[
    {_rule_source("times")},
    {_rule_source("inverted")}]), points=2)"""),

        a.task(2, 1, "A",
               kk="""Екі тұтынушы, кедергілері $R_1$ және $R_2$, параллель жалғанған. Олардың жалпы кедергісін sympy өрнегі ретінде
жазыңыз: `R_total = ...` (`R1`, `R2` әріптерімен; жауаптың түрі, мысалы, `R1 - 2*R2`, бірақ бұл жауап емес).""",
               ru="""Два потребителя с сопротивлениями $R_1$ и $R_2$ соединены параллельно. Запишите их общее сопротивление как
выражение sympy: `R_total = ...` (буквами `R1`, `R2`; форма ответа, например, `R1 - 2*R2`, но это не ответ).""",
               en="""Two loads of resistances $R_1$ and $R_2$ are joined in parallel. Write their total resistance as a sympy
expression: `R_total = ...` (in the letters `R1`, `R2`; the form of an answer is, for example, `R1 - 2*R2`, which is
not the answer)."""),
        a.answer("parallel-resistance", "R_total = R1 * R2 / (R1 + R2)", hint={
            "kk": "R_total = ...  (R1, R2 арқылы sympy өрнегі)", "ru": "R_total = ...  (выражение sympy от R1, R2)",
            "en": "R_total = ...  (a sympy expression in R1, R2)"}),
        a.tests("parallel-resistance-test", 1, public=f"""assert isinstance(R_total, sp.Expr), pick({{"kk": "R_total — R1, R2 әріптерінен құрылған sympy өрнегі болуы керек.", "ru": "R_total должно быть выражением sympy из R1, R2.", "en": "R_total should be a sympy expression made of R1, R2."}})
assert {{s.name for s in R_total.free_symbols}} <= {{"R1", "R2"}}, pick({{"kk": "R_total өрнегінде тек R1, R2 әріптері болуы керек.", "ru": "В выражении R_total могут быть только буквы R1, R2.", "en": "R_total may use only the letters R1, R2."}})
advise(self_check(R_total, "{token['R_total']}"))""", hidden=f"""from curriculum.check import rules
require(compare(R_total, "R1*R2/(R1 + R2)", rules=[{_rule_source("series")}]))"""),

        a.text(kk="## Ә бөлім. Тізбектер, қуат және жылу", ru="## Часть Б. Цепи, мощность и теплота",
               en="## Part B. Circuits, power and heat"),
        a.task(3, 2, "B",
               kk="""Кедергісі 2,9 Ом шам ескі сыммен жалғанған, сымның кедергісі 0,1 Ом; шам мен сым тізбектей жалғанып, 12 В
желіге қосылған. Шамдағы кернеуді `U_lamp` вольтпен есептеңіз (`ureg.volt`); 1 % дәлдікпен есептелген жауап
қабылданады.""",
               ru="""Лампа сопротивлением 2,9 Ом подключена старым проводом сопротивлением 0,1 Ом; лампа и провод соединены
последовательно и включены в сеть 12 В. Вычислите напряжение на лампе `U_lamp` в вольтах (`ureg.volt`); принимается
ответ с точностью до 1 %.""",
               en="""A lamp of resistance 2.9 Ω is fed through an old wire of resistance 0.1 Ω; the lamp and the wire are in series
on the 12 V network. Compute the lamp's voltage `U_lamp` in volts (`ureg.volt`); an answer within 1 % is
accepted."""),
        a.answer("lamp-voltage", "U_lamp = 12 / (2.9 + 0.1) * 2.9 * ureg.volt", before="# U_lamp = ... * ureg.volt"),
        a.tests("lamp-voltage-test", 2, public=f"""require(compare(U_lamp, "V", mode="dimension"))
advise(self_check(U_lamp, "{token['U_lamp']}"))""", hidden=f"""from curriculum.check import rules
require(compare(U_lamp, "11.6 V", mode="units", rtol=0.01, rules=[
    {_rule_source("no-wire")},
    {_rule_source("wire-voltage")}]), points=2)"""),

        a.task(4, 2, "B",
               kk="""Көлікте бір мезгілде екі фара (әрқайсысы 55 Вт), екі орындық жылытқышы (әрқайсысы 48 Вт) және әйнек тазалағыштың
қозғалтқышы (60 Вт) жұмыс істейді; бәрі 12 В желіге параллель жалғанған. Аккумулятордың сымындағы амперметр
қандай ток күшін көрсетеді? `I_total` ампермен есептеңіз; 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""В машине одновременно работают две фары (по 55 Вт), два подогрева сидений (по 48 Вт) и мотор стеклоочистителя
(60 Вт); все они подключены к сети 12 В параллельно. Какую силу тока показывает амперметр в проводе аккумулятора?
Вычислите `I_total` в амперах; принимается ответ с точностью до 1 %.""",
               en="""In a car two headlamps (55 W each), two seat heaters (48 W each) and the wiper motor (60 W) work at once, all
joined in parallel to the 12 V network. What current does the ammeter in the battery's wire show? Compute
`I_total` in amperes; an answer within 1 % is accepted."""),
        a.answer("total-current", "I_total = (2 * 55 + 2 * 48 + 60) / 12 * ureg.ampere",
                 before="# I_total = ... * ureg.ampere"),
        a.tests("total-current-test", 2, public=f"""require(compare(I_total, "A", mode="dimension"))
advise(self_check(I_total, "{token['I_total']}"))""", hidden=f"""from curriculum.check import rules
require(compare(I_total, "{266 / 12!r} A", mode="units", rtol=0.01, rules=[
    {_rule_source("in-series")},
    {_rule_source("all-in-series")},
    {_rule_source("one-lamp")},
    {_rule_source("pairs-once")}]), points=2)"""),

        a.task(5, 2, "B",
               kk="""1-тапсырмадағы орындық жылытқышы (3 Ом, 12 В) 10 минут жұмыс істеді. Джоуль–Ленц заңы бойынша қанша жылу
бөлінді? `Q_seat` джоульмен, килоджоульмен немесе ватт-сағатпен есептеңіз (`ureg.joule`, `ureg.kilojoule`,
`ureg.watt_hour`); 1 % дәлдікпен есептелген жауап қабылданады.""",
               ru="""Подогрев сиденья из задачи 1 (3 Ом, 12 В) работал 10 минут. Сколько теплоты выделилось по закону
Джоуля–Ленца? Вычислите `Q_seat` в джоулях, килоджоулях или ватт-часах (`ureg.joule`, `ureg.kilojoule`,
`ureg.watt_hour`); принимается ответ с точностью до 1 %.""",
               en="""The seat heater of task 1 (3 Ω, 12 V) worked for 10 minutes. How much heat did it give off by the Joule-Lenz
law? Compute `Q_seat` in joules, kilojoules or watt-hours (`ureg.joule`, `ureg.kilojoule`, `ureg.watt_hour`); an
answer within 1 % is accepted."""),
        a.answer("seat-heat", "Q_seat = (12 / 3)**2 * 3 * 10 * 60 * ureg.joule", before="# Q_seat = ... * ureg.joule"),
        a.tests("seat-heat-test", 2, public=f"""require(compare(Q_seat, "J", mode="dimension"))
advise(self_check(Q_seat, "{token['Q_seat']}"))""", hidden=f"""from curriculum.check import rules
require(compare(Q_seat, "28800 J", mode="units", rtol=0.01, rules=[
    {_rule_source("I-not-squared")},
    {_rule_source("minutes")}]), points=2)"""),

        a.task(6, 2, "B",
               kk="""`fuse_for(current)` функциясын жазыңыз: ол `FUSES` тізіміндегі (бірінші код ұяшығында) стандартты номиналдардың
ішінен зауыт ережесін қанағаттандыратын ең кіші сақтандырғышты қайтарсын: ток күші `current` (А) номиналдың 80 %-ынан
аспауы керек. Ең үлкен сақтандырғыш та жарамаса, функция `None` қайтарады. Мысалы, `fuse_for(3)` нәтижесі `4`
(3 А номиналдың 75 %-ы).""",
               ru="""Напишите функцию `fuse_for(current)`: она возвращает из стандартных номиналов списка `FUSES` (в первой ячейке
кода) наименьший предохранитель, удовлетворяющий правилу завода: сила тока `current` (А) не больше 80 % номинала.
Если не годится даже самый большой предохранитель, функция возвращает `None`. Например, `fuse_for(3)` даёт `4`
(3 А — это 75 % номинала).""",
               en="""Write the function `fuse_for(current)`: it returns, from the standard ratings in the list `FUSES` (in the first
code cell), the smallest fuse that meets the plant's rule: the current `current` (A) at most 80 % of the rating. If
even the largest fuse will not do, it returns `None`. For example, `fuse_for(3)` gives `4` (3 A is 75 % of the
rating)."""),
        a.answer("fuse-rating", """def fuse_for(current):
    for rating in FUSES:
        if current <= 0.8 * rating:
            return rating
    return None""", hint={
            "kk": "def fuse_for(current): ... ең кіші жарамды номинал немесе None",
            "ru": "def fuse_for(current): ... наименьший подходящий номинал или None",
            "en": "def fuse_for(current): ... the smallest rating that will do, or None"}),
        a.tests("fuse-rating-test", 2, public="""assert callable(fuse_for), pick({"kk": "fuse_for — функция болуы керек (def fuse_for(current): ...).", "ru": "fuse_for должна быть функцией (def fuse_for(current): ...).", "en": "fuse_for should be a function (def fuse_for(current): ...)."})
require(compare(fuse_for(3), 4, mode="numeric", rtol=1e-9))""",
                hidden="""require(check_function(fuse_for, circuit.smallest_fuse,
                       inputs=[(0.5,), (0.9,), (1.7,), (3,), (5.5,), (6.5,), (8,), (9.17,), (12,), (12.5,), (13,),
                               (17,), (22.2,), (24,), (27,), (31,), (32,), (33,), (39,), (50,)]))"""),

        a.text(kk="## Б бөлім. Фаралар тізбегін жобалау", ru="## Часть В. Проект: цепь фар",
               en="## Part C. Designing the headlights' circuit"),
        a.task(7, 2, "C",
               kk="""Жаңа модельдің екі фарасы (2 × 55 Вт) бір сақтандырғышпен қорғалады, мыс сымның ұзындығы 5 м. Сақтандырғыш пен
сымның қимасын таңдаңыз: ток номиналдың 80 %-ынан аспайды, сақтандырғыштың номиналы сымға рұқсат етілген токтан
аспайды, сымда 0,36 В-тан артық кернеу түспейді. Зертханада таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын
зертхана көрсеткен `design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru="""Две фары новой модели (2 × 55 Вт) защищены одним предохранителем, длина медного провода 5 м. Подберите
предохранитель и сечение провода: ток не больше 80 % номинала, номинал предохранителя не больше допустимого тока
провода, в проводе теряется не больше 0,36 В. Подберите их в лаборатории, нажмите **Проверить проект** и
скопируйте в ячейку ответа строку `design = {...}`, которую показывает лаборатория.""",
               en="""The new model's two headlamps (2 × 55 W) share one fuse, and the copper wire is 5 m long. Choose the fuse and
the wire's cross-section: the current at most 80 % of the rating, the fuse's rating no more than the wire's allowed
current, no more than 0.36 V lost in the wire. Choose them in the lab, press **Check the design**, then copy the
line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""circuit.make_lab("headlights")"""),
        a.answer("design", "design = {'wire': 2.5, 'fuse': 15.0}", before="# design = {'wire': ..., 'fuse': ...}"),
        a.tests("design-test", 2, public="""assert isinstance(design, dict) and {"fuse", "wire"} <= set(design), pick({"kk": "design = {'wire': ..., 'fuse': ...} (зертхана көрсететін жол)", "ru": "design = {'wire': ..., 'fuse': ...} (строка, которую показывает лаборатория)", "en": "design = {'wire': ..., 'fuse': ...} (the line the lab shows)"})
advise(check_design(design, circuit.DESIGN_SPEC, model=circuit.design_result))""",
                hidden="""require(check_design(design, circuit.DESIGN_SPEC, model=circuit.design_result))"""),

        a.task(8, 3, "C", locked_id="series-explain-prompt",
               kk="""Болат былай дейді: «Екі фараны бір сыммен тізбектей жалғайық: сым аз кетеді, ал ток екі шамда да бірдей
болады». Әр шамның жұмыс кезіндегі кедергісі 2,62 Ом (55 Вт, 12 В). Тізбектей және параллель жалғағанда әр шамның
ток күшін, кернеуін және қуатын есептеңіз (шамның кедергісі өзгермейді деп алыңыз). Бір шам күйіп кетсе, не
болады? Болат қай жерде дұрыс, қай жерде қателеседі? Көлікте фаралар неге параллель жалғанады? Жауапты төмендегі
ұяшыққа сөзбен және есептеулермен жазыңыз.""",
               ru="""Болат говорит: «Давайте соединим две фары последовательно одним проводом: провода меньше, а ток в обеих лампах
одинаковый». Сопротивление каждой лампы в рабочем состоянии 2,62 Ом (55 Вт, 12 В). Вычислите силу тока, напряжение
и мощность каждой лампы при последовательном и при параллельном соединении (сопротивление лампы считайте
неизменным). Что будет, если одна лампа перегорит? В чём Болат прав, а в чём ошибается? Почему в машине фары
соединяют параллельно? Напишите ответ словами и с вычислениями в ячейке ниже.""",
               en="""Bolat says: "Let's join the two headlamps in series on one wire: less wire, and the current is the same in both
lamps." Each lamp has a resistance of 2.62 Ω at work (55 W, 12 V). Compute each lamp's current, voltage and power in
series and in parallel (take the lamp's resistance as unchanged). What happens if one lamp burns out? Where is
Bolat right, and where is he wrong? Why does a car join its headlamps in parallel? Write your answer in words and
with calculations in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: тізбектей: кедергі 5,24 Ом, ток күші шамамен 2,29 А (екі шамда бірдей — бұл жерде Болат дұрыс), әр
  шамда 6 В, қуаты шамамен 13,75 Вт — 55 Вт-тың төрттен бірі: фаралар күңгірт.
* 1 ұпай: параллель: әр шамда 12 В, 4,58 А және 55 Вт; жалпы ток 9,17 А.
* 1 ұпай: тізбектей жалғағанда бір шам күйсе, тізбек ажырап, екеуі де сөнеді; параллель жалғағанда екіншісі жана
  береді. Сондықтан көлікте тұтынушылар параллель жалғанады: әрқайсысы толық 12 В алады және бір-біріне тәуелсіз.""",
                   "ru": """* 1 балл: последовательно: сопротивление 5,24 Ом, сила тока около 2,29 А (в обеих лампах одинаковая — здесь
  Болат прав), на каждой лампе 6 В, мощность около 13,75 Вт — четверть от 55 Вт: фары горят тускло.
* 1 балл: параллельно: на каждой лампе 12 В, 4,58 А и 55 Вт; общий ток 9,17 А.
* 1 балл: при последовательном соединении, если перегорит одна лампа, цепь разорвана и гаснут обе; при параллельном
  вторая продолжает гореть. Поэтому в машине потребители соединены параллельно: каждый получает полные 12 В и не
  зависит от других.""",
                   "en": """* 1 point: in series: the resistance is 5.24 Ω, the current about 2.29 A (the same in both lamps: here Bolat is
  right), each lamp gets 6 V and about 13.75 W, a quarter of 55 W: the headlights glow dimly.
* 1 point: in parallel: each lamp has 12 V, 4.58 A and 55 W; the total current is 9.17 A.
* 1 point: in series, if one lamp burns out the circuit is broken and both go dark; in parallel the other keeps
  shining. So a car joins its loads in parallel: each gets the full 12 V and does not depend on the others."""}),
        a.written("series-explain", 3, """**Model answer (en).** In series the resistances add: $2.62 + 2.62 = 5.24$ Ω, so the current is
$12 / 5.24 \\approx 2.29$ A. Bolat is right that it is the same in both lamps. But each lamp gets only
$2.29 \\cdot 2.62 \\approx 6$ V, half the voltage, so by $P = U^2/R$ a quarter of its power: $55/4 = 13.75$ W. The
headlights glow dimly. In parallel each lamp gets the full 12 V, draws $12 / 2.62 \\approx 4.58$ A and gives its 55 W; the two
together draw 9.17 A. In series, if one lamp burns out, the circuit is broken and both go dark; in parallel the
other keeps shining. That is why a car joins its headlamps, like all its loads, in parallel: each gets 12 V and
works whatever the others do.

**Үлгі жауап (kk).** Тізбектей жалғағанда кедергілер қосылады: $2{,}62 + 2{,}62 = 5{,}24$ Ом, сондықтан ток күші
$12 / 5{,}24 \\approx 2{,}29$ А. Ток екі шамда да бірдей — бұл жерде Болат дұрыс. Бірақ әр шамға тек
$2{,}29 \\cdot 2{,}62 \\approx 6$ В, яғни кернеудің жартысы келеді, сондықтан $P = U^2/R$ бойынша қуаты төрт есе аз:
$55/4 = 13{,}75$ Вт. Фаралар күңгірт жанады. Параллель жалғағанда әр шам толық 12 В алады, $12 / 2{,}62 \\approx 4{,}58$ А ток алады және 55 Вт береді; екеуі
бірге 9,17 А алады. Тізбектей жалғағанда бір шам күйсе, тізбек ажырап, екеуі де сөнеді; параллель жалғағанда екіншісі
жана береді. Сондықтан көлікте фаралар, басқа тұтынушылар сияқты, параллель жалғанады: әрқайсысы 12 В алады және
басқаларына тәуелсіз жұмыс істейді.

**Образец ответа (ru).** При последовательном соединении сопротивления складываются: $2{,}62 + 2{,}62 = 5{,}24$ Ом,
поэтому сила тока $12 / 5{,}24 \\approx 2{,}29$ А. Болат прав, что ток в обеих лампах одинаковый. Но на каждую лампу
приходится лишь $2{,}29 \\cdot 2{,}62 \\approx 6$ В, половина напряжения, поэтому по $P = U^2/R$ мощность вчетверо
меньше: $55/4 = 13{,}75$ Вт. Фары горят тускло. При параллельном соединении каждая лампа получает полные 12 В, берёт $12 / 2{,}62 \\approx 4{,}58$ А
и даёт свои 55 Вт; вместе две лампы берут 9,17 А. При последовательном соединении, если одна лампа перегорит, цепь
разорвана и гаснут обе; при параллельном вторая продолжает гореть. Поэтому в машине фары, как и все потребители,
соединены параллельно: каждая получает 12 В и работает независимо от других."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "circuit.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
