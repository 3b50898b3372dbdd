"""Writes inf-08-vin's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-08-vin/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_inf_08_vin.py`` checks that the committed notebooks are what this writes).
Every number a student sees is a given of the tasks or comes from the lab's model
(``curriculum.labs.vin``); the module's test pins each one to the model.
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
MODULE = "inf-08-vin"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LETTERS = """| A | B | C | D | E | F | G | H | J | K | L | M | N | P | R | S | T | U | V | W | X | Y | Z |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 1 | 2 | 3 | 4 | 5 | 7 | 9 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 |"""

POSITIONS = """| # | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| × | 8 | 7 | 6 | 5 | 4 | 3 | 2 | 10 | 0 | 9 | 8 | 7 | 6 | 5 | 4 | 3 | 2 |"""


# -- lesson 1: how a VIN is built and how its check digit is computed ------------------------------------

LESSON_SETUP = """from curriculum.i18n import pick
from curriculum.labs import vin as vin_lab
from curriculum.labs.vin import TRANSLITERATION, WEIGHTS, check_digit, is_valid_vin"""


def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# VIN, 1-сабақ. VIN қалай құрылған және бақылау таңбасы қалай есептеледі

Қостанайдағы зауыттың конвейерінен әр 72 секунд сайын жаңа көлік шығады. Конвейер соңындағы сканер көліктің
**VIN (көлік құралының сәйкестендіру нөмірі)** (Vehicle Identification Number) жазылған тақтайшасын оқиды. Сканер
бір таңбаны қате оқыса не нөмір қате басылса, көлік өз құжаттарына сәйкес келмейді, ал мұндай көлік зауыттан
шықпауы керек. Компьютер қатені бір ғана қосымша таңбаның, **бақылау таңбасының** көмегімен қалай табады?""",
            ru="""# VIN, урок 1. Как устроен VIN и как вычисляется контрольный знак

С линии завода в Костанае каждые 72 секунды сходит новая машина. Сканер в конце линии читает табличку с
**VIN (идентификационный номер транспортного средства)** (Vehicle Identification Number). Если сканер неверно
прочитал один знак или номер набит с ошибкой, машина не совпадёт со своими документами, и такая машина не должна
покинуть завод. Как компьютер находит ошибку с помощью всего одного дополнительного знака, **контрольного знака**?""",
            en="""# VIN, lesson 1. How a VIN is built and how its check digit is computed

A new car leaves the line of the plant in Kostanay every 72 seconds. The end-of-line scanner reads the plate with
the car's **Vehicle Identification Number** (VIN). If the scanner misreads one character, or the number is stamped
wrongly, the car no longer matches its papers, and such a car must not leave the plant. How does a computer find
the mistake with just one extra character, the **check digit**?"""),
        a.text(
            kk="""## 1. VIN қалай құрылған

Халықаралық **ISO 3779** стандарты бойынша VIN 17 таңбадан тұрады: цифрлар мен бас латын әріптері.
**I, O, Q** әріптері ешқашан қолданылмайды, себебі оларды 1 мен 0-ден ажырату қиын. Сонда VIN-де 10 цифр және
23 әріп, барлығы 33 түрлі таңба болуы мүмкін. Python-да VIN — 17 таңбалы **жол**, ал оның таңбасы индекспен
алынады: 9-орын — бұл `vin[8]` (Python 0-ден санайды).

| орындар | мағынасы |
|---|---|
| 1–3 | өндірушінің халықаралық коды (WMI) |
| 4–8 | көлік сипаттамасы: модель, қозғалтқыш, шанақ (VDS) |
| 9 | бақылау таңбасы |
| 10 | модельдік жыл |
| 11 | зауыт |
| 12–17 | көліктің реттік нөмірі |

9-орындағы бақылау таңбасы Солтүстік Америкада міндетті (АҚШ ережесі `49 CFR 565.15`), оны әлемдегі
көптеген өндірушілер де қолданады. Бірақ ISO 3779 оны барлық елде талап етпейді: кейбір елдерде 9-орында
басқа таңба тұруы мүмкін.""",
            ru="""## 1. Как устроен VIN

По международному стандарту **ISO 3779** VIN состоит из 17 знаков: цифр и заглавных латинских букв.
Буквы **I, O, Q** не используются никогда: их трудно отличить от 1 и 0. Значит, в VIN могут стоять 10 цифр и
23 буквы, всего 33 разных знака. В Python VIN — **строка** из 17 знаков, а её знак берут по индексу: 9-я позиция —
это `vin[8]` (Python считает с 0).

| позиции | смысл |
|---|---|
| 1–3 | международный код производителя (WMI) |
| 4–8 | описание машины: модель, двигатель, кузов (VDS) |
| 9 | контрольный знак |
| 10 | модельный год |
| 11 | завод |
| 12–17 | порядковый номер машины |

Контрольный знак на 9-й позиции обязателен в Северной Америке (американские правила `49 CFR 565.15`),
им пользуются и многие производители в других странах. Но ISO 3779 не требует его везде: в некоторых
странах на 9-й позиции может стоять другой знак.""",
            en="""## 1. How a VIN is built

By the international standard **ISO 3779** a VIN has 17 characters: digits and capital Latin letters.
The letters **I, O, Q** are never used: they are hard to tell from 1 and 0. So a VIN can use 10 digits and
23 letters, 33 different characters in all. In Python a VIN is a **string** of 17 characters, and a character is
read by its index: position 9 is `vin[8]` (Python counts from 0).

| positions | meaning |
|---|---|
| 1–3 | world manufacturer identifier (WMI) |
| 4–8 | vehicle descriptor: model, engine, body (VDS) |
| 9 | check digit |
| 10 | model year |
| 11 | plant |
| 12–17 | serial number of the car |

The check digit at position 9 is mandatory in North America (the US rule `49 CFR 565.15`) and many
makers elsewhere use it too. But ISO 3779 does not require it everywhere: in some countries position 9
may hold another character."""),
        a.text(
            kk="""## 2. Бақылау таңбасының ережесі

1. **Транслитерация** (transliteration). Әр таңбаны санға айналдырамыз: цифр өзіне тең, әріп төмендегі кесте бойынша.
2. **Салмақтар.** Әр санды өз орнының салмағына көбейтеміз. 9-орынның салмағы 0.
3. **Салмақталған қосынды** (weighted sum). 17 көбейтіндіні қосамыз.
4. **11-ге бөлгендегі қалдық** (remainder). Қалдық 0–9 болса, бақылау таңбасы сол цифр; қалдық 10 болса, `X` жазылады.

VIN дұрыс болады, егер 9-орында дәл осы есептелген таңба тұрса.""",
            ru="""## 2. Правило контрольного знака

1. **Транслитерация** (transliteration). Каждый знак превращаем в число: цифра равна самой себе, буква — по таблице ниже.
2. **Веса.** Каждое число умножаем на вес его позиции. Вес 9-й позиции равен 0.
3. **Взвешенная сумма** (weighted sum). Складываем 17 произведений.
4. **Остаток от деления на 11** (remainder). Остаток 0–9 и есть контрольный знак; остаток 10 записывают как `X`.

VIN верен, если на 9-й позиции стоит именно этот вычисленный знак.""",
            en="""## 2. The check digit rule

1. **Transliteration.** Turn every character into a number: a digit is itself, a letter follows the table below.
2. **Weights.** Multiply each number by the weight of its position. Position 9 has weight 0.
3. **Weighted sum.** Add up the 17 products.
4. **Remainder on division by 11.** A remainder of 0–9 is the check digit; a remainder of 10 is written `X`.

A VIN is valid if position 9 holds exactly this computed character."""),
        a.formula(LETTERS),
        a.formula(POSITIONS),
        a.example(
            kk="""### 1-мысал

`1M8GDM9AXKP042788` VIN-інің бақылау таңбасын қадам-қадаммен есептейік. **Цикл** әр орын үшін таңбаны, оның
мәнін, салмағын және көбейтіндіні шығарады. Қосынды 351, ал $351 = 31 \\cdot 11 + 10$, сондықтан қалдық 10,
бақылау таңбасы `X`. 9-орында шынымен `X` тұр, яғни VIN дұрыс.""",
            ru="""### Пример 1

Вычислим шаг за шагом контрольный знак VIN `1M8GDM9AXKP042788`. **Цикл** для каждой позиции выводит знак,
его значение, вес и произведение. Сумма равна 351, а $351 = 31 \\cdot 11 + 10$, поэтому остаток 10 и
контрольный знак `X`. На 9-й позиции действительно стоит `X`, значит VIN верен.""",
            en="""### Example 1

Let us compute the check digit of the VIN `1M8GDM9AXKP042788` step by step. The **loop** prints, for every
position, the character, its value, its weight and the product. The sum is 351, and $351 = 31 \\cdot 11 + 10$, so
the remainder is 10 and the check digit is `X`. Position 9 really holds `X`, so the VIN is valid."""),
        a.code("""vin = "1M8GDM9AXKP042788"
total = 0
for i in range(17):
    # [kk] i + 1 орын (Python 0-ден санайды)
    # [ru] позиция i + 1 (Python считает с 0)
    # [en] position i + 1 (Python counts from 0)
    ch = vin[i]
    value = TRANSLITERATION[ch]
    product = value * WEIGHTS[i]
    total = total + product
    print(f"{i + 1:2}  {ch}  {value} x {WEIGHTS[i]:2} = {product:2}")
print(pick({"kk": "салмақталған қосынды:", "ru": "взвешенная сумма:", "en": "weighted sum:"}), total)
remainder = total % 11
print(pick({"kk": "қалдық:", "ru": "остаток:", "en": "remainder:"}), remainder)
digit = "X" if remainder == 10 else str(remainder)
print(pick({"kk": "бақылау таңбасы:", "ru": "контрольный знак:", "en": "check digit:"}), digit,
      pick({"kk": "| 9-орында тұрғаны:", "ru": "| в позиции 9 стоит:", "en": "| position 9 holds:"}), vin[8])
# [kk] модульдің функциялары да дәл осыны айтады:
# [ru] функции модуля говорят то же:
# [en] the module's functions say the same:
print(check_digit(vin), is_valid_vin(vin))""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертхана дәл осы VIN-нен басталады. Өріске тиіспес бұрын жауап беріңіз: 12-орындағы `0` цифрын `9`-ға
ауыстырса, салмақталған қосынды қаншаға өзгереді (12-орынның салмағы 7)? Жаңа қалдық қандай болады? Сканердің
шамы қай түске ауысады? Болжамыңызды дәптерге жазыңыз.""",
            ru="""### Сначала предскажите

Лаборатория начинается с этого же VIN. Прежде чем трогать поле, ответьте: если цифру `0` на 12-й позиции
заменить на `9`, на сколько изменится взвешенная сумма (вес 12-й позиции равен 7)? Каким станет остаток? Каким
цветом загорится лампа сканера? Запишите предсказание в тетрадь.""",
            en="""### Predict first

The lab starts with the same VIN. Before you touch the box, answer: if the digit `0` in the 12th position becomes `9`,
by how much does the weighted sum change (the 12th position has weight 7)? What is the new remainder? Which colour does
the scanner's light turn? Write your prediction down."""),
        a.lab("""lab = vin_lab.make_lab()
lab"""),
        a.text(
            kk="""### Зерттеңіз

Сурет — конвейер соңындағы көлік: тақтайшадағы VIN, оны оқитын сканер және көлікті жіберетін не тоқтататын
шам. Төмендегі бағандар әр орынның үлесін (мән × салмақ) көрсетеді.

1. **Бір таңбаны өзгертіңіз**: 12-орындағы `0`-ді `9`-ға. Болжамыңыз расталды ма? Қай баған өзгерді?
2. **Көрші екі таңбаның орнын ауыстырыңыз**, мысалы 13–14 орындардағы `42`-ні `24`-ке. Тексеру қатені ұстады ма?
3. 17 бағанның қайсысы әрқашан нөлге тең және неге?""",
            ru="""### Исследуйте

Рисунок — машина в конце линии: VIN на табличке, сканер, который его читает, и лампа, которая пропускает или
останавливает машину. Столбики ниже показывают вклад каждой позиции (значение × вес).

1. **Измените один знак**: `0` на 12-й позиции на `9`. Подтвердилось ли предсказание? Какой столбик изменился?
2. **Переставьте два соседних знака**, например `42` на позициях 13–14 на `24`. Поймала ли проверка ошибку?
3. Какой из 17 столбиков всегда равен нулю и почему?""",
            en="""### Explore

The picture is the car at the end of the line: the VIN on its plate, the scanner reading it and the light that
lets the car go or stops it. The bars below show the contribution of each position (value × weight).

1. **Change one character**: the `0` in the 12th position into `9`. Was your prediction right? Which bar changed?
2. **Swap two neighbours**, for example `42` at positions 13–14 into `24`. Did the check catch the error?
3. Which of the 17 bars is always zero, and why?"""),
        a.misconception(
            kk="""### Дұрыс па?

Бекзат былай дейді: «`O` әрпі мен `0` цифры бірдей көрінеді, демек сканер `1M8GDM9AXKPO42788` жолын да дұрыс VIN
деп қабылдайды: салмақталған қосынды өзгермейді ғой». Келісесіз бе? Зертханада `0`-ді `O` әрпіне ауыстырыңыз
немесе төмендегі ұяшықты іске қосыңыз. Сканер не дейді және неге?""",
            ru="""### Верно ли?

Бекзат говорит: «Буква `O` и цифра `0` выглядят одинаково, значит сканер примет и строку `1M8GDM9AXKPO42788` как
верный VIN: взвешенная сумма ведь не изменится». Согласны? Замените в лаборатории `0` на букву `O` или запустите
ячейку ниже. Что скажет сканер и почему?""",
            en="""### Is it true?

Bekzat says: "The letter `O` and the digit `0` look the same, so the scanner will accept `1M8GDM9AXKPO42788` as a
valid VIN too: the weighted sum does not change." Do you agree? Replace the `0` by the letter `O` in the lab, or
run the cell below. What does the scanner say, and why?"""),
        a.code("""# [kk] тізім — VIN-де болмайтын таңбалар тұрған орындар
# [ru] список — позиции знаков, которых в VIN не бывает
# [en] the list: the positions of characters no VIN has
print(is_valid_vin("1M8GDM9AXKPO42788"), vin_lab.explain("1M8GDM9AXKPO42788")["bad"])""", role="misconception"),
        a.summary(
            kk="""## Қорытынды

* **VIN (көлік құралының сәйкестендіру нөмірі)** — 17 таңбалы **жол**: цифрлар мен бас латын әріптері, I, O, Q жоқ.
* **Бақылау таңбасы** 9-орында тұрады және қалған таңбалардан есептеледі.
* **Транслитерация** әр таңбаны санға айналдырады; сандар орындардың салмақтарына көбейтіледі.
* **Салмақталған қосынды** 11-ге бөлінеді; **қалдық** 0–9 — бақылау таңбасы, 10 — `X`.
* **Цикл** 17 орынды бір-бірден өтеді; Python 0-ден санайды, 9-орын — `vin[8]`.""",
            ru="""## Итоги

* **VIN (идентификационный номер транспортного средства)** — **строка** из 17 знаков: цифры и заглавные латинские
  буквы без I, O, Q.
* **Контрольный знак** стоит на 9-й позиции и вычисляется из остальных знаков.
* **Транслитерация** превращает каждый знак в число; числа умножаются на веса позиций.
* **Взвешенная сумма** делится на 11; **остаток** 0–9 — контрольный знак, 10 — `X`.
* **Цикл** проходит 17 позиций по одной; Python считает с 0, 9-я позиция — `vin[8]`.""",
            en="""## Summary

* The **Vehicle Identification Number** (VIN) is a **string** of 17 characters: digits and capital Latin letters,
  no I, O, Q.
* The **check digit** stands at position 9 and is computed from the other characters.
* **Transliteration** turns each character into a number; the numbers are multiplied by the positions' weights.
* The **weighted sum** is divided by 11; a **remainder** of 0–9 is the check digit, 10 is written `X`.
* A **loop** goes through the 17 positions one by one; Python counts from 0, position 9 is `vin[8]`."""),
        a.reflection(
            kk="""## Рефлексия

1. Сөйлемді аяқтаңыз: «9-орынның салмағы 0, себебі ...».
2. Күнделікті өмірде тағы қай нөмірлерде бақылау таңбасы болуы мүмкін (банк картасы, тауардың штрихкоды)?
3. Сабақтың қай жері әлі түсініксіз?""",
            ru="""## Рефлексия

1. Закончите предложение: «Вес 9-й позиции равен 0, потому что ...».
2. В каких ещё номерах вокруг вас может быть контрольный знак (банковская карта, штрихкод товара)?
3. Что на уроке осталось непонятным?""",
            en="""## Reflection

1. Finish the sentence: "Position 9 has weight 0 because ..."
2. Which other numbers around you may carry a check digit (a bank card, a product's barcode)?
3. What in this lesson is still unclear to you?"""),
    ], module=MODULE)


# -- lesson 2: which errors the check digit catches, and a rule of one's own ---------------------------

def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# VIN, 2-сабақ. Бақылау таңбасы қандай қателерді ұстайды

Сканер тақтайшаны оқи алмаса, оператор VIN-ді қолмен тереді. Қолмен терген кезде екі қате жиі кездеседі: бір
таңба қате терілді, не көрші екі таңба орын ауыстырды. Қоймада бөлшектердің 4 цифрлы кодтары бар затбелгілер де
қолмен теріледі. Бақылау таңбасы қай қатені әрқашан ұстайды, қайсысын өткізіп алады? Бүгін оны есептеп, бөлшек
затбелгісі үшін өз ережеңізді жобалайсыз.""",
            ru="""# VIN, урок 2. Какие ошибки ловит контрольный знак

Если сканер не может прочитать табличку, оператор набирает VIN вручную. При ручном наборе часто бывают две ошибки:
набран неверный знак или два соседних знака переставлены. На складе вручную набирают и этикетки деталей с
4-значными кодами. Какую ошибку контрольный знак ловит всегда, а какую пропускает? Сегодня вы это посчитаете и
спроектируете своё правило для этикетки детали.""",
            en="""# VIN, lesson 2. Which errors the check digit catches

When the scanner cannot read the plate, an operator types the VIN by hand. Two errors are common in typing: one
wrong character, or two neighbouring characters swapped. In the store, the labels of parts with 4-digit codes are
typed by hand too. Which error does a check digit always catch, and which can slip through? Today you work it out
and design a rule of your own for a part label."""),
        a.text(
            kk="""## 3. Қате кезінде қосынды қалай өзгереді

**Бір таңба қате.** $p$ орындағы таңбаның мәні $a$-дан $b$-ға өзгерсе, салмақталған қосынды $w_p (b - a)$-ға
өзгереді. Қатені байқамау үшін бұл өзгеріс 11-ге еселі болуы керек. VIN-нің салмақтары 2-ден 10-ға дейін, ал
$b - a$ — −9 мен 9 аралығында және 0 емес. 11 — жай сан, сондықтан көбейтінді 11-ге бөлінбейді: қалдық өзгереді,
қате ұсталады. Тек мәні бірдей таңбалар (A, J және 1-дің мәні 1) бір-бірін алмастырса, қосынды өзгермейді.

**Көрші таңбалар орын ауыстырса**, қосынды $(w_i - w_{i+1})(a - b)$-ға өзгереді. Көрші салмақтардың айырмасы 1
(7–8 орындарда 8), 11-ге еселі емес, сондықтан $a \\ne b$ болса, орын ауыстыру ұсталады.

Неге 10 емес, 11? 10 жай сан емес: $2 \\cdot 5 = 10$. 10-ға бөлгенде салмағы 2 болатын орындағы $0 \\to 5$ қатесі
қосындыны 10-ға өзгертеді де, қалдық сол күйі қалады.""",
            ru="""## 3. Как меняется сумма при ошибке

**Один неверный знак.** Если значение знака на позиции $p$ меняется с $a$ на $b$, взвешенная сумма меняется на
$w_p (b - a)$. Чтобы ошибку не заметили, это изменение должно быть кратно 11. Веса VIN от 2 до 10, а $b - a$ лежит
между −9 и 9 и не равно 0. 11 — простое число, поэтому произведение на 11 не делится: остаток меняется, ошибка
поймана. Сумма не меняется, только если один знак заменён другим с тем же значением (A, J и 1 стоят по 1).

**Если переставлены соседние знаки**, сумма меняется на $(w_i - w_{i+1})(a - b)$. Соседние веса различаются на 1
(на позициях 7–8 — на 8), это не кратно 11, поэтому перестановка ловится при $a \\ne b$.

Почему 11, а не 10? 10 — не простое число: $2 \\cdot 5 = 10$. При делении на 10 ошибка $0 \\to 5$ на позиции с
весом 2 меняет сумму на 10, и остаток остаётся прежним.""",
            en="""## 3. How the sum changes with an error

**One wrong character.** If the value at position $p$ changes from $a$ to $b$, the weighted sum changes by
$w_p (b - a)$. For the error to go unnoticed, this change must be a multiple of 11. The VIN's weights are 2 to 10,
and $b - a$ lies between −9 and 9 and is not 0. 11 is prime, so the product is not divisible by 11: the remainder
changes and the error is caught. The sum stays the same only when a character is replaced by one of the same value
(A, J and 1 are all worth 1).

**When neighbours are swapped**, the sum changes by $(w_i - w_{i+1})(a - b)$. Neighbouring weights differ by 1 (by
8 at positions 7–8), not a multiple of 11, so the swap is caught whenever $a \\ne b$.

Why 11 and not 10? 10 is not prime: $2 \\cdot 5 = 10$. Dividing by 10, the error $0 \\to 5$ at a position of weight 2
changes the sum by 10, and the remainder stays as it was."""),
        a.example(
            kk="""### 2-мысал

`1M8GDM9AXKP042788` VIN-інде 12-орындағы `0` қате `9` болып терілді. 12-орынның салмағы 7, сондықтан қосынды
$7 \\cdot (9 - 0) = 63$-ке артады: $351 + 63 = 414$. $414 = 37 \\cdot 11 + 7$, қалдық 7, ал 9-орында `X` тұр: қате
ұсталды. Келесі ұяшық мұны тексереді, содан кейін бір таңба қате терілген барлық VIN-дерді циклмен санайды.""",
            ru="""### Пример 2

В VIN `1M8GDM9AXKP042788` цифру `0` на 12-й позиции по ошибке набрали как `9`. Вес 12-й позиции 7, поэтому сумма
вырастает на $7 \\cdot (9 - 0) = 63$: $351 + 63 = 414$. $414 = 37 \\cdot 11 + 7$, остаток 7, а на 9-й позиции
стоит `X`: ошибка поймана. Следующая ячейка проверяет это, а потом циклом пересчитывает все VIN, в которых набран
один неверный знак.""",
            en="""### Example 2

In the VIN `1M8GDM9AXKP042788` the `0` in the 12th position was typed as `9`. The 12th position has weight 7, so the sum grows
by $7 \\cdot (9 - 0) = 63$: $351 + 63 = 414$. $414 = 37 \\cdot 11 + 7$, the remainder is 7, but position 9 holds
`X`: the error is caught. The next cell checks this, then counts with a loop every VIN with one wrong character."""),
        a.code("""typed = "1M8GDM9AXKP942788"
print(vin_lab.weighted_sum(typed), vin_lab.weighted_sum(typed) % 11, is_valid_vin(typed))

# [kk] 9-орыннан басқа әр орынға VIN-нің басқа 32 таңбасын қойып көреміз
# [ru] ставим на каждую позицию, кроме 9-й, каждый из других 32 знаков VIN
# [en] put each of the other 32 VIN characters at every position but 9
vin = "1M8GDM9AXKP042788"
errors = missed = 0
for i in range(17):
    if i == 8:
        continue
    for ch in vin_lab.ALPHABET:
        if ch != vin[i]:
            errors = errors + 1
            if is_valid_vin(vin[:i] + ch + vin[i + 1:]):
                missed = missed + 1
print(errors, missed)""", role="example"),
        a.misconception(
            kk="""### Дұрыс па?

Айгерім былай дейді: «Сканер VIN дұрыс деді, демек VIN қатесіз оқылды». Келісесіз бе? Жоғарыдағы цикл 512 қатенің
қаншасын өткізіп алды? `1M8GDM9JXKP042788` VIN-ін тексеріңіз (8-орында `A` орнына `J`): ол неге өтеді?""",
            ru="""### Верно ли?

Айгерим говорит: «Сканер сказал, что VIN верен, значит VIN прочитан без ошибок». Согласны? Сколько из 512 ошибок
пропустил цикл выше? Проверьте VIN `1M8GDM9JXKP042788` (`J` вместо `A` на 8-й позиции): почему он проходит?""",
            en="""### Is it true?

Aigerim says: "The scanner said the VIN is valid, so it was read without a mistake." Do you agree? How many of the
512 errors did the loop above miss? Check the VIN `1M8GDM9JXKP042788` (`J` instead of `A` at position 8): why does
it pass?"""),
        a.code("""print(is_valid_vin("1M8GDM9JXKP042788"), TRANSLITERATION["A"], TRANSLITERATION["J"])""", role="misconception"),
        a.predict(
            kk="""### Алдымен болжаңыз

Қойма бөлшек затбелгісіне 4 цифрлы код пен бір бақылау таңбасын басады. Зертхана тауар штрихкодының (EAN)
ережесінен басталады: салмақтар 3, 1, 3, 1, бөлгіш 10. Жүгірткілерді қозғамас бұрын бағалаңыз: бір цифр қате
терілсе, бұл ереже оны әрқашан ұстай ма? Көрші екі цифр орын ауыстырса ше? 1 және 3-орындардағы цифрлар орын
ауыстырса ше?""",
            ru="""### Сначала оцените

Склад печатает на этикетке детали 4-значный код и один контрольный знак. Лаборатория начинается с правила штрихкода
товаров (EAN): веса 3, 1, 3, 1, делитель 10. Прежде чем двигать ползунки, оцените: всегда ли это правило ловит одну
неверно набранную цифру? А перестановку двух соседних цифр? А перестановку цифр на позициях 1 и 3?""",
            en="""### Estimate first

The store prints a 4-digit code and one check character on a part's label. The lab starts with the rule of the
product barcode (EAN): weights 3, 1, 3, 1, divisor 10. Before you move the sliders, estimate: does this rule always
catch one wrongly typed digit? And two neighbouring digits swapped? And the digits at positions 1 and 3 swapped?"""),
        a.design_lab("""rule_lab = vin_lab.make_rule_lab()
rule_lab"""),
        a.text(
            kk="""Салмақтар мен бөлгішті үш қате түрінің бәрі ұсталатындай таңдап, **Жобаны тексеру** батырмасын басыңыз.
Сурет ереже өткізіп алған қатені көрсетеді: екі затбелгінің бақылау таңбасы бірдей. Бөлгіш 10 болғанда мұндай ереже
табылды ма? Неге VIN-нің ережесі 11-ге бөледі және `X` таңбасын қолданады?""",
            ru="""Подберите веса и делитель так, чтобы ловились ошибки всех трёх видов, и нажмите **Проверить проект**. Рисунок
показывает ошибку, которую правило пропускает: у двух этикеток один и тот же контрольный знак. Нашлось ли такое
правило с делителем 10? Почему правило VIN делит на 11 и использует знак `X`?""",
            en="""Choose the weights and the divisor so that errors of all three kinds are caught, and press **Check the
design**. The picture shows an error the rule misses: the two labels have the same check character. Did you find
such a rule with divisor 10? Why does the VIN's rule divide by 11 and use the character `X`?"""),
        a.summary(
            kk="""## Қорытынды

* Бір таңба қате болса, **салмақталған қосынды** $w (b - a)$-ға өзгереді; 11 жай сан болғандықтан, **қалдық**
  өзгереді де, **бақылау таңбасы** қатені ұстайды.
* Көрші таңбалар орын ауыстырса, қосынды $(w_i - w_{i+1})(a - b)$-ға өзгереді: көрші салмақтар әртүрлі болуы керек.
* Мәні бірдей таңбалар (A, J, 1) ауысса, қате байқалмайды: дұрыс **VIN (көлік құралының сәйкестендіру нөмірі)**
  әлі қатесіз оқылды деген сөз емес.
* **Транслитерация** мен **цикл** — ереженің Python-дағы екі қадамы; бөлгіш 10 болса, кейбір қателер өтіп кетеді.""",
            ru="""## Итоги

* Если один знак неверен, **взвешенная сумма** меняется на $w (b - a)$; так как 11 — простое число, **остаток**
  меняется и **контрольный знак** ловит ошибку.
* Если переставлены соседние знаки, сумма меняется на $(w_i - w_{i+1})(a - b)$: соседние веса должны различаться.
* Замена знака другим с тем же значением (A, J, 1) не видна: верный **VIN (идентификационный номер транспортного
  средства)** ещё не значит, что он прочитан без ошибок.
* **Транслитерация** и **цикл** — два шага правила в Python; с делителем 10 часть ошибок проходит.""",
            en="""## Summary

* With one wrong character the **weighted sum** changes by $w (b - a)$; since 11 is prime, the **remainder** changes
  and the **check digit** catches the error.
* With neighbours swapped the sum changes by $(w_i - w_{i+1})(a - b)$: neighbouring weights must differ.
* A character replaced by one of the same value (A, J, 1) is not seen: a valid **Vehicle Identification Number**
  does not mean it was read without a mistake.
* **Transliteration** and a **loop** are the rule's two steps in Python; with divisor 10 some errors slip through."""),
        a.reflection(
            kk="""## Рефлексия

1. Өз ережеңізді жобалағанда қай қате түрін ұстау ең қиын болды және неге?
2. Сөйлемді аяқтаңыз: «Бөлгіш жай сан болуы керек, себебі ...».
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Какой вид ошибок было труднее всего ловить, когда вы проектировали своё правило, и почему?
2. Закончите предложение: «Делитель должен быть простым числом, потому что ...».
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Which kind of error was the hardest to catch when you designed your rule, and why?
2. Finish the sentence: "The divisor should be a prime number because ..."
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = """import sympy as sp
from curriculum.units import ureg
from curriculum.check import advise, check_design, check_function, compare, require, self_check
from curriculum.i18n import pick
from curriculum.labs import vin as vin_lab

# [kk] 1–17 орындардың салмақтары (49 CFR 565.15); 9-орын — бақылау таңбасының өзі
# [ru] веса позиций 1–17 (49 CFR 565.15); позиция 9 — сам контрольный знак
# [en] the weights of positions 1-17 (49 CFR 565.15); position 9 is the check digit itself
WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]"""

TEST_VINS = """[
    '1M8GDM9AXKP042788', '1HGCM82633A004352', '1M8GDM9JXKP042788', '1HGCM82363A004352', '11111111111111111',
    '4J6256P90Y94C18MR', '86PWPXRD09Z25KD9S', 'DML5TF061CXT7UZ94', 'NN3SH4FX1JCX44J4B', '1H12J9KD2828NHVGN',
    '8X8V8GXR2LLJM1DAS', '6ECBKTG73BXS3BS6F', 'GSDTED2Y3CFZZCFEH', 'UHYD17RA4KH1JLDWX', '5AF4GA2L44NHJCS39',
    'B9PFW32Y5PXXUGR80', 'PELJ1S5N5Y58XXB9G', 'F7VBJ1W46H8SYXNN2', 'BPARC9CJ6SEACW0EB', '5F59NKWT7N5CD8FHS',
    'TURR5MA07RENW7K2V', '86WPB0NC87BJ2YBRT', 'V69VDCMA843DACMHZ', 'JSL8VK8L9272DHV8J', '5AU62RW69VXXB0DY3',
    'BDX2P1XHXWAV7SW06', 'KULWUYR0XJ8HPPFCC', '1M8GDM9A0KP042788', '1HGCM826X3A004352', '00000000000000000',
    'ZZZZZZZZZZZZZZZZZ', 'XXXXXXXXXXXXXXXXX', '1M8GDM9AXKP942788', '1M8GDM9AXKP024788', '1HGCM82633A004325',
    '1HGCM8Z633A004352',
]"""

MESSY_VINS = """[
    '1HGCM82633A00435', '1M8GDM9AXKPO42788', '1M8GDM9AXKP042788 ', '1m8gdm9axkp042788', '1M8GDM9AxKP042788',
    '1M8GDM9A10KP042788', '', 'X', '22222222X22222222', 'IIIIIIIIIIIIIIIII', '1M8GDM9AXKP04278Q',
    '1M8-GDM9AXKP04278', '1М8GDM9AXKP042788', '1M8DGM9AXKP042788', '1M8GDM9AXKP052788', '1M8GDM9AXKP04278',
    '1M8GDM9AXKP0427887', ' M8GDM9AXKP042788', '1M8GDO9AXKP042788', '1I8GDM9AXKP042788', '1M8GDM9AXKQ042788',
    '1HGMC82633A004352', '1HGCM82633A054352', '1HGCM82633A0043527', '1hgcm82633a004352', ' HGCM82633A004352',
    '1HGCMO2633A004352', '1IGCM82633A004352', '1HGCM82633Q004352', '11111111111151111', '11111111X11111111',
    '1111111111111111', '111111111111111117', ' 1111111111111111', '11111O11111111111', '1I111111111111111',
    '1111111111Q111111', '4J6526P90Y94C18MR', '4J6256P90Y94518MR', '4J6256P9XY94C18MR', '4j6256p90y94c18mr',
    '4J625OP90Y94C18MR', '86PPWXRD09Z25KD9S', '86PWPXRD09Z26KD9S', '86pwpxrd09z25kd9s', '8IPWPXRD09Q25KD9S',
]"""

LOGS = """[
    [],
    ['1M8GDM9AXKP042788'],
    ['1HGCM82633A004352', '1HGCM82633A004352'],
    ['1HGCM82633A004352', '1HGCM82633A004325', '1HGCM8Z633A004352', '1HGCM82633A00435'],
    ['1M8GDM9AXKP042788', '1M8GDM9AXKPO42788', '1M8GDM9AXKP042788', '1M8GDM9AXKPO42788'],
    ['1M8GDM9AXKP942788', '1M8GDM9AXKP024788', '1HGCM82633A004325', '1HGCM8Z633A004352', '1HGCM82633A00435'],
    ['11111111111111111', '1M8GDM9AXKPO42788', '4J6256P90Y94C18MR', '1M8GDM9AXKP042788 ', '86PWPXRD09Z25KD9S',
     '1m8gdm9axkp042788', 'DML5TF061CXT7UZ94', '1M8GDM9AxKP042788', 'NN3SH4FX1JCX44J4B', '1M8GDM9A10KP042788', '',
     'X'],
    ['1HGCM8Z633A004352', '1HGCM8Z633A004352', '1HGCM82633A004352'],
    ['', '1m8gdm9axkp042788', '1M8GDM9AXKP042788'],
]"""

FUNCTION_TEST = "assert callable({name}), pick({{\"kk\": \"{name} — функция болуы керек (def {signature}: ...).\", " \
    "\"ru\": \"{name} должна быть функцией (def {signature}: ...).\", " \
    "\"en\": \"{name} should be a function (def {signature}: ...).\"}})"


def _tokens() -> dict[str, str]:
    """The self-checks' fingerprints (the answers' salted hashes: the release holds no answer)."""
    k = sp.Symbol("k", positive=True, integer=True)
    all_letters = rules.wrong_answer(36 ** k, code="forbidden-letters-counted", message={
        "kk": "VIN-де I, O, Q әріптері қолданылмайды: бір орынға неше таңба тұра алатынын қайта санаңыз.",
        "ru": "Буквы I, O, Q в VIN не используются: пересчитайте, сколько знаков может стоять на одной позиции.",
        "en": "A VIN never uses I, O and Q: count again how many characters one position can hold."})
    per_minute = rules.wrong_answer(50 / ureg.minute, code="per-minute", message={
        "kk": "Бір сағатта 3600 секунд бар: 3600-ді такт уақытына бөліңіз.",
        "ru": "В часе 3600 секунд: разделите 3600 на время такта.",
        "en": "An hour has 3600 seconds: divide 3600 by the takt time."})
    one_hour = rules.wrong_answer(0.5 * ureg.minute, code="one-hour-only", message={
        "kk": "Бұл бір сағаттағы уақыт: ауысым 8 сағатқа созылады.",
        "ru": "Это время за один час: смена длится 8 часов.",
        "en": "This is the time of one hour: the shift lasts 8 hours."})
    return {
        "N": fingerprint(33 ** k, mistakes=[all_letters], salt=salt("N")),
        "cars_per_hour": fingerprint(50 / ureg.hour, rtol=0.01, mistakes=[per_minute], salt=salt("cars_per_hour")),
        "busy_time": fingerprint(4 * ureg.minute, rtol=0.01, mistakes=[one_hour], salt=salt("busy_time")),
    }


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# VIN және оның бақылау таңбасы

Қостанайдағы автомобиль зауытында конвейер соңындағы сканер әр көліктің VIN-ін оқиды. VIN қате оқылса не қате
басылса, көлік өз құжаттарына сәйкес келмейді, сондықтан мұндай қатені көлік зауыттан шықпай тұрып ұстау керек.
Бұл тапсырмада сіз бақылау таңбасын тексеретін Python функцияларын жазасыз, сканердің жұмысын санайсыз, бақылау
таңбасы қандай қателерді ұстайтынын түсіндіресіз және бөлшек затбелгісінің ережесін жобалайсыз. Уақыты — 45 минут.

VIN 17 таңбадан тұрады: 10 цифр және I, O, Q-дан басқа 23 бас латын әрпі, барлығы 33 түрлі таңба. Бақылау
таңбасын есептеу: әр таңбаны санға айналдырамыз (транслитерация, төмендегі кесте), әр санды өз орнының салмағына
көбейтеміз, 17 көбейтіндіні қосамыз (9-орынның салмағы 0), қосындыны 11-ге бөлеміз: қалдық 0–9 — бақылау таңбасы,
қалдық 10 — `X`. Мысалы, `1M8GDM9AXKP042788` VIN-інің бақылау таңбасы `X`, ал `1HGCM82633A004352` VIN-інің
бақылау таңбасы `3`. Салмақтар бірінші код ұяшығында `WEIGHTS` тізімі ретінде берілген.

**Жауапты қалай жазу керек.** Функцияны тапсырма айтқан атпен және параметрлерімен жазыңыз. Өлшем бірлігі бар
шаманы `ureg` арқылы жазыңыз: `5 * ureg.minute`. Әр тапсырманың астындағы тест ұяшығын іске қосыңыз: ол жауаптың
түрін тексереді.""",
            ru="""# VIN и его контрольный знак

На автозаводе в Костанае сканер в конце линии считывает VIN каждой машины. Если VIN считан или набит неверно,
машина не совпадёт со своими документами, поэтому такую ошибку нужно поймать до того, как машина покинет завод.
В этом задании вы напишете функции Python, которые проверяют контрольный знак, посчитаете работу сканера,
объясните, какие ошибки ловит контрольный знак, и спроектируете правило для этикетки детали. Время — 45 минут.

VIN состоит из 17 знаков: 10 цифр и 23 заглавные латинские буквы без I, O, Q, всего 33 разных знака. Как
вычислить контрольный знак: каждый знак превращаем в число (транслитерация, таблица ниже), каждое число умножаем на
вес его позиции, складываем 17 произведений (вес 9-й позиции равен 0), делим сумму на 11: остаток 0–9 — контрольный
знак, остаток 10 — `X`. Например, у VIN `1M8GDM9AXKP042788` контрольный знак `X`, а у VIN `1HGCM82633A004352` —
`3`. Веса даны в первой ячейке кода списком `WEIGHTS`.

**Как записывать ответы.** Пишите функцию с тем именем и теми параметрами, которые называет задача. Величину с
единицей измерения записывайте через `ureg`: `5 * ureg.minute`. Запускайте тестовую ячейку под каждой задачей: она
проверяет форму ответа.""",
            en="""# The VIN and its check digit

At the car plant in Kostanay the end-of-line scanner reads the VIN of every car. If a VIN is misread or stamped
wrongly, the car no longer matches its papers, so such a mistake must be caught before the car leaves the plant.
In this assignment you write the Python functions that check the check digit, count the scanner's work, explain
which errors the check digit catches, and design the rule of a part label. Time: 45 minutes.

A VIN has 17 characters: 10 digits and 23 capital Latin letters without I, O, Q, 33 different characters in all.
How to compute the check digit: turn every character into a number (transliteration, the table below), multiply
each number by the weight of its position, add up the 17 products (position 9 has weight 0) and divide the sum by
11: a remainder of 0–9 is the check digit, a remainder of 10 is written `X`. For example, the VIN
`1M8GDM9AXKP042788` has the check digit `X`, and the VIN `1HGCM82633A004352` has the check digit `3`. The weights
are given in the first code cell as the list `WEIGHTS`.

**How to write answers.** Write each function with the name and parameters the task gives. Write a quantity with a
unit through `ureg`: `5 * ureg.minute`. Run the test cell under each task: it checks the form of your answer."""),
        a.formula(LETTERS),
        a.formula(POSITIONS),

        a.text(kk="## А бөлім. Бақылау таңбасы Python-да", ru="## Часть А. Контрольный знак на Python",
               en="## Part A. The check digit in Python"),
        a.task(1, 1, "A",
               kk="""Транслитерация. `transliterate(ch)` функциясын жазыңыз. Ол VIN-нің бір таңбасын (цифр не рұқсат етілген
бас әріп) алып, оның санын `int` түрінде қайтарады. Мысалы, `transliterate("7")` нәтижесі `7`, `transliterate("A")`
нәтижесі `1`. Кеңес: сөздік ыңғайлы.""",
               ru="""Транслитерация. Напишите функцию `transliterate(ch)`. Она получает один знак VIN (цифру или допустимую
заглавную букву) и возвращает его число как `int`. Например, `transliterate("7")` даёт `7`, а `transliterate("A")`
даёт `1`. Подсказка: удобен словарь.""",
               en="""Transliteration. Write the function `transliterate(ch)`. It takes one VIN character (a digit or an allowed
capital letter) and returns its number as an `int`. For example, `transliterate("7")` gives `7` and
`transliterate("A")` gives `1`. Hint: a dictionary is handy."""),
        a.answer("transliterate", """LETTER_VALUES = {
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
    "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
    "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
}


def transliterate(ch):
    if ch.isdigit():
        return int(ch)
    return LETTER_VALUES[ch]""", hint={
            "kk": "def transliterate(ch): ... VIN-нің бір таңбасының санын (int) қайтарады",
            "ru": "def transliterate(ch): ... возвращает число (int) одного знака VIN",
            "en": "def transliterate(ch): ... returns the number (int) of one VIN character"}),
        a.tests("transliterate-test", 1, public=FUNCTION_TEST.format(name="transliterate", signature="transliterate(ch)")
                + """
require(compare(transliterate("7"), 7, mode="numeric", rtol=0))
require(compare(transliterate("A"), 1, mode="numeric", rtol=0))""", hidden="""from hypothesis import strategies as _st
from curriculum.labs import vin as _ref
require(check_function(transliterate, _ref.transliterate, inputs=list(_ref.ALPHABET),
                       strategy=_st.sampled_from(list(_ref.ALPHABET)), max_examples=50))"""),

        a.task(2, 2, "B",
               kk="""Бақылау таңбасы. `check_digit(vin)` функциясын жазыңыз. Ол 17 таңбалы VIN-ді (тек рұқсат етілген
таңбалар) алып, 9-орында тұруға тиіс бақылау таңбасын **бір таңбалы жол** түрінде қайтарады: `"0"`, `"1"`, …,
`"9"` не `"X"`. 9-орында қазір не тұрғаны маңызды емес (оның салмағы 0). `transliterate` пен `WEIGHTS`
қолданыңыз. Мысалы, `check_digit("1M8GDM9AXKP042788")` нәтижесі `"X"`.""",
               ru="""Контрольный знак. Напишите функцию `check_digit(vin)`. Она получает VIN из 17 знаков (только допустимые
знаки) и возвращает контрольный знак, который должен стоять на 9-й позиции, как **строку из одного знака**: `"0"`,
`"1"`, …, `"9"` или `"X"`. Что сейчас стоит на 9-й позиции, не важно (её вес 0). Используйте `transliterate` и
`WEIGHTS`. Например, `check_digit("1M8GDM9AXKP042788")` даёт `"X"`.""",
               en="""The check digit. Write the function `check_digit(vin)`. It takes a 17-character VIN (allowed characters
only) and returns the check digit that belongs at position 9 as a **one-character string**: `"0"`, `"1"`, …, `"9"`
or `"X"`. Whatever stands at position 9 now does not matter (its weight is 0). Use `transliterate` and `WEIGHTS`.
For example, `check_digit("1M8GDM9AXKP042788")` gives `"X"`."""),
        a.answer("check-digit", """def check_digit(vin):
    total = 0
    for i in range(17):
        total = total + transliterate(vin[i]) * WEIGHTS[i]
    remainder = total % 11
    if remainder == 10:
        return "X"
    return str(remainder)""", hint={
            "kk": "def check_digit(vin): ... '0', ..., '9' немесе 'X' қайтарады",
            "ru": "def check_digit(vin): ... возвращает '0', ..., '9' или 'X'",
            "en": "def check_digit(vin): ... returns '0', ..., '9' or 'X'"}),
        a.tests("check-digit-test", 2, public=FUNCTION_TEST.format(name="check_digit", signature="check_digit(vin)")
                + """
assert isinstance(check_digit("1HGCM82633A004352"), str), pick({"kk": "check_digit бір таңбалы жол (str) қайтаруы керек.", "ru": "check_digit должна возвращать строку (str) из одного знака.", "en": "check_digit should return a one-character string (str)."})
assert check_digit("1M8GDM9AXKP042788") == "X", pick({"kk": "check_digit(\\"1M8GDM9AXKP042788\\"): тапсырма мәтініндегі мысал", "ru": "check_digit(\\"1M8GDM9AXKP042788\\"): пример из текста задачи", "en": "check_digit(\\"1M8GDM9AXKP042788\\"): the example of the task's text"})""",
                hidden=f"""from hypothesis import strategies as _st
from curriculum.labs import vin as _ref
require(check_function(check_digit, _ref.check_digit, inputs={TEST_VINS},
                       strategy=_st.text(alphabet=_ref.ALPHABET, min_size=17, max_size=17), max_examples=150,
                       helpers={{"transliterate": _ref.transliterate}}))  # graded on its own: the earlier task's reference stands in"""),

        a.task(3, 2, "B",
               kk="""VIN дұрыс па? `is_valid_vin(vin)` функциясын жазыңыз. Ол `True` не `False` қайтарады. VIN дұрыс болады,
тек егер: дәл 17 таңба болса; әр таңба цифр не I, O, Q-дан басқа **бас** латын әрпі болса (кіші әріп, бос орын не
басқа белгі VIN-ді қате етеді: сканер әрқашан бас әріп жібереді); 9-орындағы таңба `check_digit(vin)`-ге тең болса.
Функция кез келген жол үшін қатесіз жұмыс істеуі керек. Мысалы, `is_valid_vin("1HGCM82633A004352")` нәтижесі
`True`, ал бір таңбасы түсіп қалған `is_valid_vin("1HGCM82633A00435")` (16 таңба) нәтижесі `False`. Кеңес:
`check_digit` шақырмас бұрын таңбаларды тексеріңіз.""",
               ru="""Верен ли VIN? Напишите функцию `is_valid_vin(vin)`. Она возвращает `True` или `False`. VIN верен, только
если: в нём ровно 17 знаков; каждый знак — цифра или **заглавная** латинская буква, кроме I, O, Q (строчная буква,
пробел или другой символ делают VIN неверным: сканер всегда присылает заглавные); знак на 9-й позиции равен
`check_digit(vin)`. Функция должна работать без ошибок для любой строки. Например, `is_valid_vin("1HGCM82633A004352")`
даёт `True`, а `is_valid_vin("1HGCM82633A00435")`, где пропущен один знак (16 знаков), даёт `False`. Подсказка:
проверьте знаки до вызова `check_digit`.""",
               en="""Is the VIN valid? Write the function `is_valid_vin(vin)`. It returns `True` or `False`. A VIN is valid only
if: it has exactly 17 characters; every character is a digit or a **capital** Latin letter other than I, O, Q (a
lower-case letter, a space or any other symbol makes the VIN invalid: the scanner always sends capitals); the
character at position 9 equals `check_digit(vin)`. The function must work without an error for any string. For
example, `is_valid_vin("1HGCM82633A004352")` gives `True`, and `is_valid_vin("1HGCM82633A00435")`, with one
character missing (16 characters), gives `False`. Hint: check the characters before you call `check_digit`."""),
        a.answer("is-valid-vin", """ALLOWED = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def is_valid_vin(vin):
    if len(vin) != 17:
        return False
    for ch in vin:
        if ch not in ALLOWED:
            return False
    return vin[8] == check_digit(vin)""", hint={
            "kk": "def is_valid_vin(vin): ... True немесе False қайтарады",
            "ru": "def is_valid_vin(vin): ... возвращает True или False",
            "en": "def is_valid_vin(vin): ... returns True or False"}),
        a.tests("is-valid-vin-test", 2, public=FUNCTION_TEST.format(name="is_valid_vin", signature="is_valid_vin(vin)")
                + """
assert is_valid_vin("1HGCM82633A004352") is True, pick({"kk": "is_valid_vin(\\"1HGCM82633A004352\\"): тапсырма мәтініндегі мысал", "ru": "is_valid_vin(\\"1HGCM82633A004352\\"): пример из текста задачи", "en": "is_valid_vin(\\"1HGCM82633A004352\\"): the example of the task's text"})
assert is_valid_vin("1HGCM82633A00435") is False, pick({"kk": "is_valid_vin(\\"1HGCM82633A00435\\"): тапсырма мәтініндегі мысал", "ru": "is_valid_vin(\\"1HGCM82633A00435\\"): пример из текста задачи", "en": "is_valid_vin(\\"1HGCM82633A00435\\"): the example of the task's text"})""",
                hidden=f"""from hypothesis import strategies as _st
from curriculum.labs import vin as _ref
_vin17 = _st.text(alphabet=_ref.ALPHABET, min_size=17, max_size=17)
_messy = _st.text(alphabet=_ref.ALPHABET + "IOQ ax-", min_size=15, max_size=18)
require(check_function(is_valid_vin, _ref.is_valid_vin, inputs={TEST_VINS} + {MESSY_VINS},
                       strategy=_st.one_of(_vin17, _vin17.map(_ref.with_check_digit), _messy), max_examples=150,
                       helpers={{"transliterate": _ref.transliterate, "check_digit": _ref.check_digit}}))  # graded on its own"""),

        a.task(4, 2, "B",
               kk="""Сканер журналы. Ауысым бойы сканер оқыған VIN-дер **журналға** жазылады: бұл жолдар тізімі. `bad_vins(log)`
функциясын жазыңыз. Ол дұрыс VIN **емес** жазбалардың жаңа тізімін журналдағы ретімен қайтарады. Бір қате жазба
екі рет кездессе, нәтижеде де екі рет тұрады; бәрі дұрыс болса, бос тізім `[]` қайтарылады. Журналда кез келген
жол болуы мүмкін: I, O, Q әріптері, кіші әріптер, қысқа жолдар. Мысалы,
`bad_vins(["1HGCM82633A004352", "1HGCM82633A004325", "1HGCM8Z633A004352", "1HGCM82633A00435"])` нәтижесі
`["1HGCM82633A004325", "1HGCM8Z633A004352", "1HGCM82633A00435"]` (екінші жазбада соңғы екі таңба орын ауыстырған,
үшіншіде бір таңба қате, төртіншіде бір таңба жетіспейді).""",
               ru="""Журнал сканера. За смену VIN, считанные сканером, записываются в **журнал**: список строк. Напишите функцию
`bad_vins(log)`. Она возвращает новый список записей, которые **не** являются верными VIN, в порядке журнала. Если
неверная запись встречается дважды, она дважды стоит и в результате; если все записи верны, результат — пустой
список `[]`. В журнале может быть любая строка: буквы I, O, Q, строчные буквы, короткие строки. Например,
`bad_vins(["1HGCM82633A004352", "1HGCM82633A004325", "1HGCM8Z633A004352", "1HGCM82633A00435"])` даёт
`["1HGCM82633A004325", "1HGCM8Z633A004352", "1HGCM82633A00435"]` (во второй записи переставлены два последних
знака, в третьей один знак неверен, в четвёртой не хватает знака).""",
               en="""The scanner log. During a shift the VINs read by the scanner are written to a **log**: a list of strings.
Write the function `bad_vins(log)`. It returns a new list of the entries that are **not** valid VINs, in the order
of the log. If a bad entry appears twice, it appears twice in the result; if all are valid, the result is the empty
list `[]`. The log may hold any string: letters I, O, Q, lower-case letters, short strings. For example,
`bad_vins(["1HGCM82633A004352", "1HGCM82633A004325", "1HGCM8Z633A004352", "1HGCM82633A00435"])` gives
`["1HGCM82633A004325", "1HGCM8Z633A004352", "1HGCM82633A00435"]` (the second entry has its last two characters
swapped, the third has one wrong character, the fourth misses a character)."""),
        a.answer("bad-vins", """def bad_vins(log):
    bad = []
    for entry in log:
        if not is_valid_vin(entry):
            bad.append(entry)
    return bad""", hint={
            "kk": "def bad_vins(log): ... дұрыс VIN емес жазбалардың тізімін қайтарады",
            "ru": "def bad_vins(log): ... возвращает список записей, которые не являются верными VIN",
            "en": "def bad_vins(log): ... returns the list of entries that are not valid VINs"}),
        a.tests("bad-vins-test", 2, public=FUNCTION_TEST.format(name="bad_vins", signature="bad_vins(log)") + """
assert isinstance(bad_vins([]), list), pick({"kk": "bad_vins тізім (list) қайтаруы керек.", "ru": "bad_vins должна возвращать список (list).", "en": "bad_vins should return a list."})
assert bad_vins(["1HGCM82633A004352", "1HGCM82633A004325", "1HGCM8Z633A004352", "1HGCM82633A00435"]) == ["1HGCM82633A004325", "1HGCM8Z633A004352", "1HGCM82633A00435"], pick({"kk": "bad_vins(...): тапсырма мәтініндегі мысал", "ru": "bad_vins(...): пример из текста задачи", "en": "bad_vins(...): the example of the task's text"})""",
                hidden=f"""from hypothesis import strategies as _st
from curriculum.labs import vin as _ref
_vin17 = _st.text(alphabet=_ref.ALPHABET, min_size=17, max_size=17)
_entry = _st.one_of(_vin17.map(_ref.with_check_digit), _vin17, _st.text(alphabet=_ref.ALPHABET + "IOQ a", max_size=18))
require(check_function(bad_vins, _ref.bad_vins, inputs={LOGS},
                       strategy=_st.lists(_entry, max_size=8), max_examples=100,
                       helpers={{"transliterate": _ref.transliterate, "check_digit": _ref.check_digit,
                                "is_valid_vin": _ref.is_valid_vin}}))  # graded on its own"""),

        a.text(kk="## Ә бөлім. Санаймыз", ru="## Часть Б. Считаем", en="## Part B. Counting"),
        a.task(5, 1, "A",
               kk="""Қанша түрлі VIN бар? Зауыт VIN-нің көп орнын бекітеді (өндіруші коды, модель, жыл, зауыт), ал бақылау
таңбасы есептеледі. Әр көліктің VIN-інде $k$ орын бос делік: әрқайсысында VIN-де рұқсат етілген кез келген таңба
тұра алады. Зауыт неше түрлі VIN жасай алады? `N` айнымалысына $k$ арқылы sympy өрнегін жазыңыз (`k` символы
берілген); жауаптың түрі, мысалы, `2 * k` (бұл жауап емес).""",
               ru="""Сколько бывает разных VIN? Завод фиксирует большинство позиций VIN (код производителя, модель, год, завод), а
контрольный знак вычисляется. Пусть в VIN каждой машины $k$ позиций свободны: на каждой может стоять любой
допустимый в VIN знак. Сколько разных VIN может сделать завод? Запишите в переменную `N` выражение sympy от $k$
(символ `k` дан); форма ответа, например, `2 * k` (это не ответ).""",
               en="""How many different VINs are there? The plant fixes most positions of its VINs (maker code, model, year,
plant), and the check digit is computed. Suppose $k$ positions of each car's VIN are free: each can hold any
character allowed in a VIN. How many different VINs can the plant make? Store a sympy expression in $k$ in the
variable `N` (the symbol `k` is given); the form of an answer is, for example, `2 * k` (not the answer)."""),
        a.answer("vin-count", "N = 33**k", before='k = sp.Symbol("k", positive=True, integer=True)', hint={
            "kk": "N = ...  (k арқылы sympy өрнегі)", "ru": "N = ...  (выражение sympy от k)",
            "en": "N = ...  (a sympy expression in k)"}),
        a.tests("vin-count-test", 1, public=f"""assert isinstance(N, sp.Expr), pick({{"kk": "N — sympy өрнегі болуы керек.", "ru": "N должно быть выражением sympy.", "en": "N should be a sympy expression."}})
assert {{s.name for s in N.free_symbols}} == {{"k"}}, pick({{"kk": "N тек k-ға тәуелді болуы керек.", "ru": "N должно зависеть только от k.", "en": "N should depend on k only."}})
advise(self_check(N, "{token['N']}"))""", hidden="""require(compare(N, "33**k", mode="equiv"))"""),

        a.task(6, 1, "A",
               kk="""Сағатына неше көлік? Конвейер әр 72 с сайын бір көлік шығарады: бұл **такт уақыты** (takt time). Сағатына
сканерден неше көлік өтеді? `cars_per_hour` айнымалысына бірлігі 1/сағ болатын pint шамасын жазыңыз
(`ureg.hour`); жиіліктің басқа бірлігі де қабылданады.""",
               ru="""Сколько машин в час? Линия выпускает одну машину каждые 72 с: это **время такта** (takt time). Сколько машин
в час проходит мимо сканера? Запишите в `cars_per_hour` величину pint с единицей 1/ч (`ureg.hour`); другая единица
частоты тоже принимается.""",
               en="""How many cars per hour? The line releases one car every 72 s: this is the **takt time**. How many cars per
hour pass the scanner? Store a pint quantity with the unit 1/h (`ureg.hour`) in `cars_per_hour`; another unit of a
rate is accepted too."""),
        a.answer("cars-per-hour", "cars_per_hour = (1 / takt).to(1 / ureg.hour)", before="takt = 72 * ureg.second", hint={
            "kk": "cars_per_hour = ...  (pint шамасы, 1/сағ бірлігімен)", "ru": "cars_per_hour = ...  (величина pint в 1/ч)",
            "en": "cars_per_hour = ...  (a pint quantity in 1/h)"}),
        a.tests("cars-per-hour-test", 1, public=f"""require(compare(cars_per_hour, "1/h", mode="dimension"))
advise(self_check(cars_per_hour, "{token['cars_per_hour']}"))""",
                hidden="""require(compare(cars_per_hour, 50 / ureg.hour, mode="units", rtol=1e-3))"""),

        a.task(7, 1, "B",
               kk="""Сканер қанша уақыт жұмыс істейді? Сканер бір VIN-ді оқып, тексеруге 0,6 с жұмсайды. Конвейер 8 сағаттық
ауысым бойы тоқтамай жұмыс істейді (такт уақыты 72 с). Ауысым ішінде сканер барлығы неше минут тексерумен
айналысады? `busy_time` айнымалысына минутпен берілген pint шамасын жазыңыз. 1 % дәлдікпен есептелген жауап
қабылданады: ауысымда 400 көлік санасаңыз да, 401 көлік санасаңыз да (бірінші көлік ауысымның басында, соңғысы
соңында) дұрыс.""",
               ru="""Сколько времени занят сканер? Сканеру нужно 0,6 с, чтобы прочитать и проверить один VIN. Линия работает без
остановок всю 8-часовую смену (время такта 72 с). Сколько минут за смену сканер занят проверкой? Запишите в
`busy_time` величину pint в минутах. Принимается ответ с точностью до 1 %: верно и если вы насчитали за смену
400 машин, и если 401 (первая машина в начале смены, последняя в конце).""",
               en="""How long is the scanner busy? The scanner needs 0.6 s to read and check one VIN. The line runs without
stopping for the whole 8-hour shift (takt time 72 s). How many minutes per shift is the scanner busy checking? Store
a pint quantity in minutes in `busy_time`. An answer within 1 % is accepted: counting 400 cars in the shift is
right, and so is counting 401 (the first car at the start of the shift, the last at its end)."""),
        a.answer("scanner-busy", "busy_time = (shift / takt * scan_time).to(ureg.minute)",
                 before="scan_time = 0.6 * ureg.second\nshift = 8 * ureg.hour", hint={
                     "kk": "busy_time = ...  (pint шамасы, минутпен)", "ru": "busy_time = ...  (величина pint в минутах)",
                     "en": "busy_time = ...  (a pint quantity in minutes)"}),
        a.tests("scanner-busy-test", 1, public=f"""require(compare(busy_time, "min", mode="dimension"))
advise(self_check(busy_time, "{token['busy_time']}"))""",
                hidden="""require(compare(busy_time, 4 * ureg.minute, mode="units", rtol=0.01))"""),

        a.text(kk="## Б бөлім. Қателер және ережелер", ru="## Часть В. Ошибки и правила", en="## Part C. Errors and rules"),
        a.task(8, 3, "C", locked_id="typo-detect-prompt",
               kk="""Бақылау таңбасы қандай қателерді ұстайды? Оператор VIN-ді қолмен терген кезде екі қате жиі кездеседі:
(а) **бір таңба қате**; (ә) **көрші екі таңба орын ауыстырған**. Бақылау таңбасы осы қателерді әрқашан ұстай ма?
Салмақтар мен 11 санының көмегімен түсіндіріңіз: қате кезінде салмақталған қосынды қаншаға өзгереді? Қате VIN
тексеруден өтіп кететін жағдай бар ма? Мысал келтіріңіз (оны 2–3-тапсырмалардағы функцияларыңызбен тексеруге
болады). Жауапты төмендегі ұяшыққа жазыңыз.""",
               ru="""Какие ошибки ловит контрольный знак? Когда оператор набирает VIN вручную, часто бывают две ошибки: (а) **один
неверный знак**; (б) **два соседних знака переставлены**. Всегда ли контрольный знак ловит эти ошибки? Объясните с
помощью весов и числа 11: на сколько меняется взвешенная сумма при ошибке? Может ли неверный VIN всё же пройти
проверку? Приведите пример (его можно проверить вашими функциями из задач 2–3). Напишите ответ в ячейке ниже.""",
               en="""Which errors does the check digit catch? When an operator types a VIN by hand, two errors are common:
(a) **one wrong character**; (b) **two neighbouring characters swapped**. Does the check digit always catch these
errors? Explain with the weights and the number 11: by how much does the weighted sum change after the error? Can a
wrong VIN still pass the check? Give an example (you can test it with your functions from tasks 2–3). Write your
answer in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: бір таңба қате (9-орыннан басқа орында). Қосынды $w\\cdot(b-a)$-ға өзгереді; $w$ — 2…10 (11-ге бөлінбейді), $b-a$ — −9…9 және 0 емес; 11 жай сан, сондықтан қалдық өзгереді, қате ұсталады. 9-орынның өзі қате болса, ол есептелген таңбаға сәйкес келмейді.
* 1 ұпай: көрші таңбалар орын ауыстырса, қосынды $(w_i-w_{i+1})\\cdot(a-b)$-ға өзгереді; көрші салмақтардың айырмасы 1 (7–8 орындарда 8), 11-ге бөлінбейді, сондықтан мәндері әртүрлі болса, қате ұсталады.
* 1 ұпай: «әрқашан» емес: мәндері бірдей таңбалар (A, J, 1; B, K, S, 2; …) ауысса, қате байқалмайды, мысалы `1M8GDM9JXKP042788` (8-орында A орнына J) дұрыс болып шығады. Бақылау таңбасының өзімен (8–9 не 9–10 орындар) орын ауыстыру да байқалмауы мүмкін, мысалы `1HGCM82633A004352` және `1HGCM82363A004352` екеуі де дұрыс. Дұрыс мысал не дәлелді түсіндірме жеткілікті.""",
                   "ru": """* 1 балл: один неверный знак (не на позиции 9). Сумма меняется на $w\\cdot(b-a)$; $w$ от 2 до 10 (не кратно 11), $b-a$ от −9 до 9 и не 0; 11 простое, поэтому остаток меняется и ошибка ловится. Если неверна сама позиция 9, она не совпадёт с вычисленным знаком.
* 1 балл: перестановка соседних знаков меняет сумму на $(w_i-w_{i+1})\\cdot(a-b)$; соседние веса различаются на 1 (на позициях 7–8 — на 8), это не кратно 11, поэтому ошибка ловится, если значения разные.
* 1 балл: не «всегда»: знаки с одинаковым значением (A, J, 1; B, K, S, 2; …) не различаются, например `1M8GDM9JXKP042788` (J вместо A на позиции 8) проходит проверку. Перестановка с самим контрольным знаком (позиции 8–9 или 9–10) тоже может пройти, например `1HGCM82633A004352` и `1HGCM82363A004352` оба верны. Достаточно верного примера или обоснованного объяснения.""",
                   "en": """* 1 point: one wrong character (not at position 9). The sum changes by $w\\cdot(b-a)$; $w$ is 2 to 10 (not a multiple of 11), $b-a$ is −9 to 9 and not 0; 11 is prime, so the remainder changes and the error is caught. If position 9 itself is wrong, it no longer matches the computed check digit.
* 1 point: swapping neighbours changes the sum by $(w_i-w_{i+1})\\cdot(a-b)$; neighbouring weights differ by 1 (by 8 at positions 7–8), not a multiple of 11, so the error is caught whenever the two values differ.
* 1 point: not "always": characters with the same value (A, J, 1; B, K, S, 2; …) are not told apart, e.g. `1M8GDM9JXKP042788` (J instead of A at position 8) passes the check. A swap with the check digit itself (positions 8–9 or 9–10) can also pass, e.g. `1HGCM82633A004352` and `1HGCM82363A004352` are both valid. A correct example or a well-argued explanation is enough."""}),
        a.written("typo-detect", 3, """**Model answer (en).**
**(a) One wrong character.** If position $p \\ne 9$ changes from value $a$ to value $b$, the weighted sum changes
by $w_p\\,(b-a)$. The weights are 2 to 10, never a multiple of 11, and $b-a$ lies between −9 and 9. Because 11 is
prime, the product is a multiple of 11 only if $b=a$. So the remainder changes and the check digit catches the
error, unless the two characters have the **same value**: A, J and 1 are all worth 1, so `1M8GDM9JXKP042788`
(J instead of A at position 8) still passes. A wrong character at position 9 itself is always caught.

**(b) Neighbours swapped.** Swapping values $a$ and $b$ at positions $i$ and $i+1$ changes the sum by
$(w_i - w_{i+1})(a-b)$. Neighbouring weights differ by 1 (by 8 at positions 7–8), so the swap is caught whenever
$a \\ne b$. A swap with the check digit itself can slip through: weight 10 at position 8 acts like −1 modulo 11,
so `1HGCM82633A004352` and `1HGCM82363A004352` are both valid.

**Үлгі жауап (kk).**
**(а) Бір қате таңба.** 9-орыннан басқа $p$ орындағы таңбаның мәні $a$-дан $b$-ға өзгерсе, салмақталған қосынды
$w_p\\,(b-a)$-ға өзгереді. Салмақтар 2-ден 10-ға дейін, ешқайсысы 11-ге еселі емес, ал $b-a$ −9 мен 9 аралығында.
11 — жай сан, сондықтан көбейтінді тек $b=a$ болғанда ғана 11-ге еселі. Демек қалдық өзгереді және бақылау таңбасы
қатені ұстайды, тек екі таңбаның **мәні бірдей** болмаса: A, J және 1-дің мәні 1, сондықтан `1M8GDM9JXKP042788`
(8-орында A орнына J) тексеруден өтеді. 9-орындағы таңбаның өзі қате болса, ол әрқашан ұсталады.

**(ә) Көрші таңбалар орын ауыстырған.** $i$ және $i+1$ орындардағы $a$ мен $b$ мәндері орын ауыстырса, қосынды
$(w_i - w_{i+1})(a-b)$-ға өзгереді. Көрші салмақтардың айырмасы 1 (7–8 орындарда 8), сондықтан $a \\ne b$ болса,
орын ауыстыру ұсталады. Бақылау таңбасының өзімен орын ауыстыру байқалмауы мүмкін: 8-орындағы 10 салмағы 11 модулі
бойынша −1 сияқты әсер етеді, сондықтан `1HGCM82633A004352` және `1HGCM82363A004352` екеуі де дұрыс.

**Образец ответа (ru).**
**(а) Один неверный знак.** Если знак на позиции $p \\ne 9$ меняет значение с $a$ на $b$, взвешенная сумма меняется
на $w_p\\,(b-a)$. Веса от 2 до 10, ни один не кратен 11, а $b-a$ лежит между −9 и 9. Так как 11 — простое число,
произведение кратно 11 только при $b=a$. Значит, остаток меняется и контрольный знак ловит ошибку, если только у двух
знаков не **одинаковое значение**: A, J и 1 стоят по 1, поэтому `1M8GDM9JXKP042788` (J вместо A на позиции 8)
проходит проверку. Неверный знак на самой 9-й позиции ловится всегда.

**(б) Перестановка соседних знаков.** Если значения $a$ и $b$ на позициях $i$ и $i+1$ меняются местами, сумма
меняется на $(w_i - w_{i+1})(a-b)$. Соседние веса различаются на 1 (на позициях 7–8 — на 8), поэтому перестановка
ловится при $a \\ne b$. Перестановка с самим контрольным знаком может пройти: вес 10 на позиции 8 действует как −1 по
модулю 11, поэтому `1HGCM82633A004352` и `1HGCM82363A004352` оба верны."""),

        a.task(9, 2, "C",
               kk="""Бөлшек затбелгісінің ережесі. Қойма бөлшек затбелгісіне 4 цифрлы код пен бір бақылау таңбасын басады:
таңба — салмақталған қосындыны бөлгішке бөлгендегі қалдық (10 қалдығы `X` деп жазылады). Бір цифр қате терілсе,
көрші екі цифр орын ауыстырса және бір цифр арқылы тұрған екі цифр орын ауыстырса, ереже қатенің бәрін ұстайтындай
төрт салмақ пен бөлгішті таңдаңыз. Зертханада таңдап, **Жобаны тексеру** батырмасын басыңыз, сосын зертхана
көрсеткен `design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru="""Правило этикетки детали. Склад печатает на этикетке детали 4-значный код и один контрольный знак: знак —
остаток от деления взвешенной суммы на делитель (остаток 10 записывается как `X`). Подберите четыре веса и делитель
так, чтобы правило ловило все ошибки: одну неверно набранную цифру, перестановку двух соседних цифр и перестановку
двух цифр через одну. Подберите их в лаборатории, нажмите **Проверить проект** и скопируйте в ячейку ответа строку
`design = {...}`, которую показывает лаборатория.""",
               en="""The part label's rule. The store prints a 4-digit code and one check character on a part's label: the
character is the remainder of the weighted sum on division by the divisor (a remainder of 10 is written `X`).
Choose four weights and the divisor so that the rule catches every error of three kinds: one wrongly typed digit,
two neighbouring digits swapped, and two digits one apart swapped. Choose them in the lab, press **Check the
design**, then copy the line `design = {...}` that the lab shows into the answer cell."""),
        a.code("""vin_lab.make_rule_lab()"""),
        a.answer("rule-design", "design = {'w1': 1, 'w2': 2, 'w3': 3, 'w4': 4, 'modulus': 11}",
                 before="# design = {'w1': ..., 'w2': ..., 'w3': ..., 'w4': ..., 'modulus': ...}"),
        a.tests("rule-design-test", 2, public="""assert isinstance(design, dict) and {"w1", "w2", "w3", "w4", "modulus"} <= set(design), pick({"kk": "design = {'w1': ..., 'w2': ..., 'w3': ..., 'w4': ..., 'modulus': ...} (зертхана көрсететін жол)", "ru": "design = {'w1': ..., 'w2': ..., 'w3': ..., 'w4': ..., 'modulus': ...} (строка, которую показывает лаборатория)", "en": "design = {'w1': ..., 'w2': ..., 'w3': ..., 'w4': ..., 'modulus': ...} (the line the lab shows)"})
advise(check_design(design, vin_lab.RULE_SPEC, model=vin_lab.rule_result))""",
                hidden="""require(check_design(design, vin_lab.RULE_SPEC, model=vin_lab.rule_result))"""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "vin.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
