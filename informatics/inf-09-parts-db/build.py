"""Writes inf-09-parts-db's notebooks: its two lessons and its graded assignment, from the texts below.

Edit the texts here, then run

    .venv/bin/python informatics/inf-09-parts-db/build.py
    .venv/bin/python -m curriculum release

(``tests/modules/test_inf_09_parts_db.py`` checks that the committed notebooks are what this writes). Every number a
student sees is a given of the tasks or comes from the lab's database and model (``curriculum.labs.parts_db``); the
module's test pins each one to them. The queries' self-check tokens (``cq1:``) are the teacher's results on the
course's database, made here and the same on every build; they hold no value of the answer.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import sympy as sp

from curriculum import authoring as a
from curriculum.check import fingerprint, query_fingerprint, rules
from curriculum.labs import parts_db
from curriculum.metadata import load_module_meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULE = "inf-09-parts-db"


def salt(name: str) -> str:
    """A fixed salt per self-check, so that building twice writes the same notebooks."""
    return hashlib.sha256(f"{MODULE}:{name}".encode()).hexdigest()[:12]


LESSON_SETUP = """from curriculum.i18n import pick
from curriculum.labs import parts_db
from curriculum.labs.parts_db import run"""


# -- lesson 1: a database, SELECT, WHERE, ORDER BY, LIMIT ---------------------------------------------------

EXAMPLE_1 = "SELECT part_no, name, price_kzt, local_pct FROM parts WHERE local_pct >= 50 ORDER BY price_kzt"
"""Lesson 1's worked example: the parts at least half made in Kazakhstan, cheapest first."""


def lesson_1() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Бөлшектер деректер қоры, 1-сабақ. Деректер қоры және SELECT сұранысы

Қостанайдағы зауыт көлікті мыңдаған бөлшектен құрастырады: бірін Қостанайдың өзінде, бірін Қарағандыда, бірін
Челябіде не Қытайда жасайды. Көлік бөлшектері құнының Қазақстанда жасалған үлесі **қазақстандық қамту** (local
content) деп аталады: зауыт оны 2027 жылға қарай 50 %-ға жеткізуге міндеттенді. Жоспарлаушылар күн сайын сұрақ
қояды: қай жеткізуші жақын, қай бөлшек ең қымбат, бір көліктің бөлшектері қанша тұрады? Жауаптар зауыттың
**деректер қорында** (database) сақталған. Бүгін сол деректер қорына сұрақ қоюды үйренеміз. (Модульдегі
жеткізушілер, бөлшектер мен бағалар ойдан алынған, бірақ шындыққа жақын.)""",
            ru="""# База данных деталей, урок 1. База данных и запрос SELECT

Завод в Костанае собирает автомобиль из тысяч деталей: одни делают в самом Костанае, другие в Караганде, третьи в
Челябинске или в Китае. Доля стоимости деталей автомобиля, сделанная в Казахстане, называется **казахстанским
содержанием** (local content): завод обязался довести её до 50 % к 2027 году. Плановики каждый день задают
вопросы: какой поставщик ближе, какая деталь самая дорогая, сколько стоят детали одного автомобиля? Ответы хранятся
в **базе данных** (database) завода. Сегодня научимся задавать ей вопросы. (Поставщики, детали и цены в модуле
вымышлены, но правдоподобны.)""",
            en="""# The parts database, lesson 1. A database and the SELECT query

The plant in Kostanay builds a car from thousands of parts: some are made in Kostanay itself, some in Karaganda,
others in Chelyabinsk or in China. The share of a car's parts value made in Kazakhstan is its **local content**:
the plant has agreed to raise it to 50 % by 2027. Every day the planners ask questions: which supplier is nearest,
which part is the most expensive, how much do the parts of one car cost? The answers are kept in the plant's
**database**. Today we learn to ask it questions. (The suppliers, parts and prices in this module are fictional but
plausible.)"""),
        a.text(
            kk="""## 1. Деректер қоры — кестелер

Деректер қоры — бірге сақталатын **кестелер** (table). Кестенің әр жолы бір нәрсені сипаттайды (бір жеткізуші,
бір бөлшек), әр бағанының аты мен түрі бар (мәтін, бүтін сан). Оқулықтарда кестенің бағанын **өріс**, жолын
**жазба** деп те атайды. Зауыттың деректер қорында үш кесте бар:

* `suppliers` — жеткізушілер: `supplier_id` (нөмірі), `name` (аты), `city` (қаласы), `country` (елінің коды:
  `KZ`, `RU`, `CN`), `distance_km` (зауытқа дейінгі жол, км);
* `parts` — бөлшектер: `part_no` (бөлшек нөмірі), `name`, `supplier_id` (оны кім жеткізеді), `price_kzt` (бағасы,
  теңге), `local_pct` (бөлшек құнының Қазақстанда жасалған үлесі, %);
* `bom` — модельдердің бөлшектер тізімі: `model` (`KS-1` не `KS-2`), `part_no`, `qty` (бір көлікке неше дана).

Жолды басқалардан ажырататын баған — **бастапқы кілт** (primary key): `suppliers` кестесінде `supplier_id`,
`parts` кестесінде `part_no`. Екі жеткізушінің аты бірдей болуы мүмкін, ал нөмірі ешқашан бірдей емес.
`parts` кестесіндегі `supplier_id` бағаны жеткізушіні оның кілті арқылы көрсетеді.

Деректер қорына сұрақ **сұраныс** (query) түрінде қойылады. Сұраныстар SQL тілінде жазылады:
`SELECT бағандар FROM кесте` кестенің бағандарын таңдайды, `*` — барлық бағандар. Біздің `run` функциясы
сұранысты деректер қорының көшірмесінде орындап, нәтижесін кесте түрінде көрсетеді.""",
            ru="""## 1. База данных — это таблицы

База данных — это **таблицы** (table), которые хранятся вместе. Каждая строка таблицы описывает один предмет
(одного поставщика, одну деталь), у каждого столбца есть имя и тип (текст, целое число). В учебниках столбец
таблицы называют также **полем**, а строку — **записью**. В базе данных завода три
таблицы:

* `suppliers` — поставщики: `supplier_id` (номер), `name` (название), `city` (город), `country` (код страны:
  `KZ`, `RU`, `CN`), `distance_km` (путь до завода, км);
* `parts` — детали: `part_no` (номер детали), `name`, `supplier_id` (кто её поставляет), `price_kzt` (цена,
  тенге), `local_pct` (доля стоимости детали, сделанная в Казахстане, %);
* `bom` — спецификации моделей: `model` (`KS-1` или `KS-2`), `part_no`, `qty` (сколько штук на один автомобиль).

Столбец, который отличает строку от всех остальных, — **первичный ключ** (primary key): в таблице `suppliers` это
`supplier_id`, в таблице `parts` — `part_no`. У двух поставщиков может быть одинаковое название, но номер — никогда.
Столбец `supplier_id` в таблице `parts` указывает на поставщика по его ключу.

Вопрос базе данных задают **запросом** (query). Запросы пишут на языке SQL: `SELECT столбцы FROM таблица` выбирает
столбцы таблицы, `*` — все столбцы. Наша функция `run` выполняет запрос на копии базы данных и показывает результат
таблицей.""",
            en="""## 1. A database is tables

A database is **tables** kept together. Each row of a table describes one thing (one supplier, one part), each
column has a name and a type (text, a whole number). Textbooks also call a column a **field** and a row a
**record**. The plant's database has three tables:

* `suppliers`: `supplier_id` (its number), `name`, `city`, `country` (the country's code: `KZ`, `RU`, `CN`),
  `distance_km` (the road to the plant, km);
* `parts`: `part_no` (the part number), `name`, `supplier_id` (who delivers it), `price_kzt` (its price, tenge),
  `local_pct` (the share of the part's value made in Kazakhstan, %);
* `bom`, the models' bills of materials: `model` (`KS-1` or `KS-2`), `part_no`, `qty` (how many one car takes).

The column that tells a row from every other is the **primary key**: `supplier_id` in `suppliers`, `part_no` in
`parts`. Two suppliers may have the same name, never the same number. The column `supplier_id` of `parts` points
to a supplier by its key.

A database is asked a question with a **query**. Queries are written in SQL: `SELECT columns FROM table` chooses
columns of a table, `*` means all columns. Our function `run` runs the query on a copy of the database and shows
the result as a table."""),
        a.code("""run("SELECT * FROM suppliers")"""),
        a.code("""run("SELECT part_no, name, price_kzt, local_pct FROM parts")"""),
        a.text(
            kk="""## 2. Сүзгі: `WHERE`

`WHERE` шарты тек шарт орындалатын жолдарды қалдырады. Салыстыру: `=`, `<>` (тең емес), `<`, `>`, `<=`, `>=`;
шарттарды `AND` және `OR` арқылы біріктіруге болады. Мәтін мәні жалғыз тырнақшаға алынады: `country = 'KZ'`.
Тырнақшасыз `KZ` деректер қоры үшін баған аты болып шығады.

## 3. Сұрыптау және алғашқы жолдар: `ORDER BY`, `LIMIT`

`ORDER BY баған` жолдарды өсу ретімен сұрыптайды, `ORDER BY баған DESC` — кему ретімен. `LIMIT n` нәтиженің
алғашқы `n` жолын ғана қалдырады. Сұраныстың бөліктері әрқашан осы ретпен жазылады:
`SELECT ... FROM ... WHERE ... ORDER BY ... LIMIT ...`.""",
            ru="""## 2. Фильтр: `WHERE`

Условие `WHERE` оставляет только строки, для которых оно выполняется. Сравнения: `=`, `<>` (не равно), `<`, `>`,
`<=`, `>=`; условия можно соединять через `AND` и `OR`. Текстовое значение берут в одинарные кавычки:
`country = 'KZ'`. Без кавычек `KZ` для базы данных — имя столбца.

## 3. Сортировка и первые строки: `ORDER BY`, `LIMIT`

`ORDER BY столбец` сортирует строки по возрастанию, `ORDER BY столбец DESC` — по убыванию. `LIMIT n` оставляет
только первые `n` строк результата. Части запроса всегда пишутся в таком порядке:
`SELECT ... FROM ... WHERE ... ORDER BY ... LIMIT ...`.""",
            en="""## 2. Filtering: `WHERE`

A `WHERE` condition keeps only the rows for which it holds. Comparisons: `=`, `<>` (not equal), `<`, `>`, `<=`,
`>=`; conditions can be joined with `AND` and `OR`. A text value goes in single quotes: `country = 'KZ'`. Without
quotes, `KZ` is a column's name to the database.

## 3. Sorting and the first rows: `ORDER BY`, `LIMIT`

`ORDER BY column` sorts the rows in ascending order, `ORDER BY column DESC` in descending order. `LIMIT n` keeps
only the first `n` rows of the result. The parts of a query always come in this order:
`SELECT ... FROM ... WHERE ... ORDER BY ... LIMIT ...`."""),
        a.example(
            kk="""### 1-мысал. Жартысынан көбі Қазақстанда жасалған бөлшектер

Сатып алу бөлімі құнының кемінде 50 %-ы Қазақстанда жасалған бөлшектерді арзанынан бастап көргісі келеді. Бізге
`parts` кестесі, `local_pct >= 50` шарты және бағасы бойынша өсу ретімен сұрыптау керек. Мұндай бөлшек 6, ең
арзаны — еден кілемі (`BD-102`, 21 300 теңге).""",
            ru="""### Пример 1. Детали, больше чем наполовину сделанные в Казахстане

Отдел закупок хочет видеть, начиная с самой дешёвой, детали, у которых не меньше 50 % стоимости сделано в
Казахстане. Нужны таблица `parts`, условие `local_pct >= 50` и сортировка по цене по возрастанию. Таких деталей 6,
самая дешёвая — ковёр пола (`BD-102`, 21 300 тенге).""",
            en="""### Example 1. Parts at least half made in Kazakhstan

Purchasing wants to see the parts with at least 50 % of their value made in Kazakhstan, cheapest first. We need the
table `parts`, the condition `local_pct >= 50` and a sort by price in ascending order. There are 6 such parts; the
cheapest is the floor carpet (`BD-102`, 21,300 tenge)."""),
        a.code(f"""run("{EXAMPLE_1}")""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Зертханадағы SQL терезесіне сұраныс жазып, Enter басыңыз: нәтиже кесте түрінде шығады. Іске қоспас бұрын болжаңыз:

1. `SELECT name, country FROM suppliers WHERE country <> 'KZ'` сұранысы неше жол береді?
2. Ең арзан екі бөлшекті қалай табасыз? `ORDER BY` жазбасаңыз не болады?

Сосын тексеріңіз. Зертхананың суретіндегі бағандар — `KS-1` моделінің бөлшектері: жасыл бөлігі Қазақстанда
жасалған, сұр бөлігі шетелден әкелінген. Тізімдерден бір ұсынысты таңдап, суреттің қалай өзгеретінін қараңыз.""",
            ru="""### Сначала предскажите

Напишите запрос в окне SQL лаборатории и нажмите Enter: результат появится таблицей. Прежде чем запускать,
предскажите:

1. Сколько строк даст запрос `SELECT name, country FROM suppliers WHERE country <> 'KZ'`?
2. Как найти две самые дешёвые детали? Что будет, если не написать `ORDER BY`?

Затем проверьте. Полосы на рисунке лаборатории — детали модели `KS-1`: зелёная часть сделана в Казахстане, серая
ввезена из-за рубежа. Выберите в списке одно предложение и посмотрите, как меняется рисунок.""",
            en="""### Predict first

Write a query in the lab's SQL box and press Enter: the result appears as a table. Before you run them, predict:

1. How many rows does the query `SELECT name, country FROM suppliers WHERE country <> 'KZ'` give?
2. How do you find the two cheapest parts? What happens if you leave out `ORDER BY`?

Then check. The bars of the lab's picture are the parts of model `KS-1`: the green part is made in Kazakhstan, the
grey part imported. Choose one offer in a list and watch the picture change."""),
        a.lab("""lab = parts_db.make_lab()
lab"""),
        a.misconception(
            kk="""### Дұрыс па?

Әлия: «`LIMIT 3` ең қымбат үш бөлшекті береді», — дейді. Келісесіз бе? Төмендегі екі сұранысты салыстырыңыз.
`ORDER BY` жоқ болса, деректер қоры жолдарды өз ретімен береді, ал `LIMIT 3` сол ретті алғашқы үш жолды ғана
қиып алады. Ең қымбаттарын алу үшін алдымен `ORDER BY price_kzt DESC` арқылы сұрыптау керек.""",
            ru="""### Верно ли?

Алия говорит: «`LIMIT 3` даёт три самые дорогие детали». Согласны? Сравните два запроса ниже. Без `ORDER BY` база
данных выдаёт строки в своём порядке, а `LIMIT 3` просто отрезает первые три строки этого порядка. Чтобы взять
самые дорогие, сначала нужно отсортировать через `ORDER BY price_kzt DESC`.""",
            en="""### Is it true?

Aliya says: "`LIMIT 3` gives the three most expensive parts." Do you agree? Compare the two queries below. Without
`ORDER BY` the database gives the rows in its own order, and `LIMIT 3` just cuts off the first three rows of that
order. To get the most expensive ones, sort first with `ORDER BY price_kzt DESC`."""),
        a.code("""display(run("SELECT part_no, price_kzt FROM parts LIMIT 3"))
display(run("SELECT part_no, price_kzt FROM parts ORDER BY price_kzt DESC LIMIT 3"))""", role="misconception"),
        a.misconception(
            kk="""### Қауіпті ме?

Ержан қорқады: «Егер мен қателесіп `DELETE FROM parts` жазсам, зауыттың барлық бөлшектері жойылады». Төмендегі
ұяшықты іске қосыңыз. Мұнда сұраныстар деректер қорын тек оқи алады: жою, өзгерту не кесте қосу сұранысы
орындалмай тұрып тоқтатылады, ештеңе өзгермейді, ал 16 бөлшек орнында қалады. Шын деректер қорында да
оқушыларға, есептерге тек оқу құқығы беріледі.""",
            ru="""### Опасно ли?

Ержан боится: «Если я по ошибке напишу `DELETE FROM parts`, все детали завода удалятся». Запустите ячейку ниже.
Здесь запросы могут только читать базу данных: запрос, который удаляет, меняет или добавляет таблицы,
останавливается до выполнения, ничего не меняется, и 16 деталей остаются на месте. В настоящей базе данных ученикам
и отчётам тоже дают право только на чтение.""",
            en="""### Is it dangerous?

Yerzhan is afraid: "If I write `DELETE FROM parts` by mistake, all the plant's parts are gone." Run the cell below.
Here queries may only read the database: a query that deletes, changes or adds tables is stopped before it runs,
nothing changes, and the 16 parts stay where they are. A real database, too, gives pupils and reports the right to
read only."""),
        a.code("""display(run("DELETE FROM parts"))
display(run("SELECT COUNT(*) FROM parts"))""", role="misconception"),
        a.summary(
            kk="""## Қорытынды

* **Деректер қоры** — бірге сақталатын **кестелер**; кестенің әр жолы бір нәрсе, әр бағанының аты мен түрі бар.
* **Бастапқы кілт** (`part_no`, `supplier_id`) жолды басқалардан ажыратады; басқа кесте жолға кілт арқылы сілтейді.
* **Сұраныс**: `SELECT бағандар FROM кесте WHERE шарт ORDER BY баған LIMIT n`; мәтін мәні тырнақшада: `'KZ'`.
* `LIMIT` алғашқы жолдарды ғана алады: «ең үлкендері» үшін алдымен `ORDER BY ... DESC`.
* `SELECT` деректер қорын өзгертпейді, ал мұнда өзгертетін сұраныс орындалмайды.""",
            ru="""## Итоги

* **База данных** — это **таблицы**, которые хранятся вместе; каждая строка таблицы — один предмет, у каждого
  столбца есть имя и тип.
* **Первичный ключ** (`part_no`, `supplier_id`) отличает строку от остальных; другая таблица ссылается на строку по
  ключу.
* **Запрос**: `SELECT столбцы FROM таблица WHERE условие ORDER BY столбец LIMIT n`; текст — в кавычках: `'KZ'`.
* `LIMIT` берёт только первые строки: для «самых больших» сначала `ORDER BY ... DESC`.
* `SELECT` не меняет базу данных, а запрос, который меняет, здесь не выполняется.""",
            en="""## Summary

* A **database** is **tables** kept together; each row of a table is one thing, each column has a name and a type.
* A **primary key** (`part_no`, `supplier_id`) tells a row from every other; another table points to a row by its
  key.
* A **query**: `SELECT columns FROM table WHERE condition ORDER BY column LIMIT n`; a text in quotes: `'KZ'`.
* `LIMIT` takes only the first rows: for "the largest", sort first with `ORDER BY ... DESC`.
* `SELECT` does not change the database, and a query that would change it does not run here."""),
        a.reflection(
            kk="""## Рефлексия

1. Зауыттағы қай сұраққа бүгін өзіңіз сұраныс жаза аласыз? Оны жазып көріңіз.
2. Неге бөлшектерді аты бойынша емес, нөмірі бойынша ажыратады?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. На какой вопрос завода вы сегодня уже можете написать запрос? Напишите его.
2. Почему детали различают по номеру, а не по названию?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Which of the plant's questions can you already write a query for? Write it.
2. Why are parts told apart by their number rather than their name?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- lesson 2: JOIN, GROUP BY, aggregate functions, HAVING, local content ------------------------------------

JOIN_EXAMPLE = ("SELECT b.part_no, b.qty, p.name, p.price_kzt FROM bom b JOIN parts p ON p.part_no = b.part_no "
                "WHERE b.model = 'KS-2'")
GROUP_EXAMPLE = "SELECT model, COUNT(*) AS lines, SUM(qty) AS pieces FROM bom GROUP BY model"
HAVING_EXAMPLE = ("SELECT s.country, COUNT(p.part_no) AS parts FROM suppliers s JOIN parts p "
                  "ON p.supplier_id = s.supplier_id GROUP BY s.country HAVING COUNT(p.part_no) >= 4")
UNUSED_EXAMPLE = ("SELECT p.part_no, p.name FROM parts p LEFT JOIN bom b ON b.part_no = p.part_no "
                  "WHERE b.part_no IS NULL")
COUNTRY_VALUE = ("SELECT s.country, SUM(b.qty * p.price_kzt) AS value FROM bom b "
                 "JOIN parts p ON p.part_no = b.part_no JOIN suppliers s ON s.supplier_id = p.supplier_id "
                 "WHERE b.model = 'KS-2' GROUP BY s.country ORDER BY value DESC")


def lesson_2() -> object:
    return a.notebook([
        a.setup_cell(imports=LESSON_SETUP),
        a.hook(
            kk="""# Бөлшектер деректер қоры, 2-сабақ. Кестелерді біріктіру, топтау және қазақстандық қамту

Директор сұрайды: «Бір `KS-1` көлігінің бөлшектері қанша тұрады және оның қаншасы Қазақстанда жасалған?»
Жауаптың бір бөлігі `bom` кестесінде (қай бөлшектен неше дана), бір бөлігі `parts` кестесінде (бағасы және
жергілікті үлесі). Бүгін екі кестені бір сұраныста біріктіріп, жолдарды топтап, қосындыларды есептейміз, ал
сабақтың соңында `KS-1` моделінің қазақстандық қамтуын арттыратын жоспар жасаймыз.""",
            ru="""# База данных деталей, урок 2. Соединение таблиц, группировка и казахстанское содержание

Директор спрашивает: «Сколько стоят детали одного автомобиля `KS-1` и сколько из этого сделано в Казахстане?» Часть
ответа — в таблице `bom` (каких деталей сколько штук), часть — в таблице `parts` (цена и местная доля). Сегодня мы
соединим две таблицы в одном запросе, сгруппируем строки и посчитаем суммы, а в конце урока составим план, который
повышает казахстанское содержание модели `KS-1`.""",
            en="""# The parts database, lesson 2. Joining tables, grouping and local content

The director asks: "How much do the parts of one `KS-1` cost, and how much of that is made in Kazakhstan?" Part of
the answer is in the table `bom` (how many of which part), part in the table `parts` (the price and the local
share). Today we join two tables in one query, group rows and compute sums, and at the end of the lesson we make a
plan that raises the local content of model `KS-1`."""),
        a.text(
            kk="""## 1. Кестелерді біріктіру: `JOIN ... ON`

**Кестелерді біріктіру** (join) екі кестенің жолдарын шарт орындалған жерде қатар қояды:
`FROM bom b JOIN parts p ON p.part_no = b.part_no`. Мұндағы `b` мен `p` — кестелердің қысқа аттары, `b.qty` —
`bom` кестесінің `qty` бағаны. `ON` шарты `bom` жолын дәл сол бөлшектің `parts` жолымен жұптайды: екі кестеде
де бар `part_no` бағаны — `parts` кестесінің бастапқы кілті.""",
            ru="""## 1. Соединение таблиц: `JOIN ... ON`

**Соединение таблиц** (join) ставит рядом строки двух таблиц там, где выполняется условие:
`FROM bom b JOIN parts p ON p.part_no = b.part_no`. Здесь `b` и `p` — короткие имена таблиц, `b.qty` — столбец
`qty` таблицы `bom`. Условие `ON` соединяет строку `bom` со строкой `parts` той же детали: столбец `part_no`, который
есть в обеих таблицах, — первичный ключ таблицы `parts`.""",
            en="""## 1. Joining tables: `JOIN ... ON`

A **join** puts the rows of two tables side by side where a condition holds:
`FROM bom b JOIN parts p ON p.part_no = b.part_no`. Here `b` and `p` are short names of the tables, `b.qty` is the
column `qty` of `bom`. The condition `ON` pairs a row of `bom` with the row of `parts` of the same part: the column
`part_no`, found in both tables, is the primary key of `parts`."""),
        a.code(f"""run("{JOIN_EXAMPLE}")"""),
        a.misconception(
            kk="""### Дұрыс па?

Нұрлан `ON` шартын ұмытып, `FROM bom, parts` деп жазды: «Екі кесте біріктірілді ғой». `bom` кестесінде 26 жол,
`parts` кестесінде 16 жол. Шартсыз біріктіру неше жол береді? Болжаңыз, сосын ұяшықты іске қосыңыз. Шартсыз әр
жол екінші кестенің әр жолымен жұптасады (декарттық көбейтінді): 26 · 16 = 416 жол, олардың көбі мағынасыз.""",
            ru="""### Верно ли?

Нурлан забыл условие `ON` и написал `FROM bom, parts`: «Таблицы же соединены». В таблице `bom` 26 строк, в таблице
`parts` — 16. Сколько строк даст соединение без условия? Предскажите, затем запустите ячейку. Без условия каждая
строка соединяется с каждой строкой другой таблицы (декартово произведение): 26 · 16 = 416 строк, большинство из них
бессмысленны.""",
            en="""### Is it true?

Nurlan forgot the condition `ON` and wrote `FROM bom, parts`: "The tables are joined, aren't they?" The table `bom`
has 26 rows, `parts` has 16. How many rows does a join without a condition give? Predict, then run the cell.
Without a condition every row is paired with every row of the other table (a cartesian product): 26 · 16 = 416
rows, most of them meaningless."""),
        a.code("""display(run("SELECT COUNT(*) FROM bom"), run("SELECT COUNT(*) FROM parts"))
run("SELECT COUNT(*) FROM bom, parts")""", role="misconception"),
        a.text(
            kk="""## 2. Топтау және агрегаттық функциялар: `GROUP BY`

**Агрегаттық функция** (aggregate function) көп жолдан бір мән шығарады: `COUNT(*)` — жолдар саны,
`COUNT(баған)` — бағанның бос емес (`NULL` емес) мәндерінің саны, `SUM`, `AVG`, `MIN`, `MAX`. **Топтау**
(grouping) `GROUP BY баған` жолдарды сол бағанның мәні бойынша топтарға бөледі, нәтижеде әр топқа бір жол шығады.
`SELECT` ішіндегі әр баған не `GROUP BY` ішінде болуы, не агрегаттық функцияның ішінде тұруы, не топталған
кілтпен анықталуы керек: `GROUP BY s.supplier_id` топтауында әр топта жеткізушінің `s.name` аты біреу ғана. SQLite
мұны талап етпейді: басқа бағанға топтың кездейсоқ бір жолының мәнін жаза салады, ал `GROUP BY` мүлде жоқ болса, бүкіл
кестеден бір ғана жол береді.""",
            ru="""## 2. Группировка и агрегатные функции: `GROUP BY`

**Агрегатная функция** (aggregate function) даёт одно значение из многих строк: `COUNT(*)` — число строк,
`COUNT(столбец)` — число непустых (не `NULL`) значений столбца, `SUM`, `AVG`, `MIN`, `MAX`. **Группировка**
(grouping) `GROUP BY столбец` делит строки на группы по значению этого столбца, и в результате на каждую группу
получается одна строка. Каждый столбец в `SELECT` должен либо стоять в `GROUP BY`, либо быть внутри агрегатной
функции, либо определяться сгруппированным ключом: при `GROUP BY s.supplier_id` название поставщика `s.name` в
каждой группе одно. SQLite этого не требует: в другой столбец он просто пишет значение случайной строки группы, а если
`GROUP BY` нет совсем, даёт одну строку на всю таблицу.""",
            en="""## 2. Grouping and aggregate functions: `GROUP BY`

An **aggregate function** makes one value out of many rows: `COUNT(*)` the number of rows, `COUNT(column)` the
number of the column's values that are not empty (not `NULL`), `SUM`, `AVG`, `MIN`, `MAX`. **Grouping** with
`GROUP BY column` splits the rows into groups by that column's value, and the result has one row per group. Each
column after `SELECT` must be in `GROUP BY`, inside an aggregate function, or fixed by a grouped key: with
`GROUP BY s.supplier_id` each group has one supplier's name `s.name`. SQLite does not insist: into
another column it just writes the value of some row of the group, and with no `GROUP BY` at all it gives one row
for the whole table."""),
        a.example(
            kk="""### 1-мысал. Модельдердің бөлшектер тізімі қаншалықты ұзын?

Әр модельдің тізімінде неше жол және бір көлікке барлығы неше бөлшек керек? `bom` кестесін `model` бойынша
топтап, жолдарды `COUNT(*)` арқылы санап, даналарды `SUM(qty)` арқылы қосамыз. `KS-1`: 15 жол, 28 бөлшек;
`KS-2`: 11 жол, 21 бөлшек.""",
            ru="""### Пример 1. Насколько длинны спецификации моделей?

Сколько строк в спецификации каждой модели и сколько всего деталей нужно на один автомобиль? Группируем таблицу
`bom` по `model`, считаем строки через `COUNT(*)` и складываем штуки через `SUM(qty)`. `KS-1`: 15 строк, 28 деталей;
`KS-2`: 11 строк, 21 деталь.""",
            en="""### Example 1. How long are the models' bills of materials?

How many lines does each model's bill of materials have, and how many parts does one car take in all? We group the
table `bom` by `model`, count the lines with `COUNT(*)` and add the pieces with `SUM(qty)`. `KS-1`: 15 lines,
28 parts; `KS-2`: 11 lines, 21 parts."""),
        a.code(f"""run("{GROUP_EXAMPLE}")""", role="example"),
        a.text(
            kk="""## 3. `WHERE` пен `HAVING`, `LEFT JOIN`

`WHERE` жолдарды топтауға **дейін** сүзеді, `HAVING` топтарды топтаудан **кейін** сүзеді. Сондықтан
`COUNT(...) >= 4` сияқты агрегаттық шарт тек `HAVING` ішінде тұра алады. Мысалы, жеткізушілері кемінде 4 бөлшек
жеткізетін елдер: Қазақстан (9 бөлшек) және Ресей (4 бөлшек).

Кәдімгі `JOIN` жұбы табылмаған жолды тастап кетеді. `LEFT JOIN` сол жақтағы кестенің әр жолын сақтайды, ал жұбы
болмаса, оң жақтағы бағандарға `NULL` жазады. Сондықтан `COUNT(баған)` жұбы жоқ жолды 0 деп санайды, ал `COUNT(*)`
оны 1 деп санайды. `LEFT JOIN` және `IS NULL` арқылы ешбір модельдің тізімінде жоқ бөлшекті табуға болады: ол —
ауа сүзгісі `EL-603`.""",
            ru="""## 3. `WHERE` и `HAVING`, `LEFT JOIN`

`WHERE` фильтрует строки **до** группировки, `HAVING` фильтрует группы **после** неё. Поэтому агрегатное условие
вроде `COUNT(...) >= 4` может стоять только в `HAVING`. Например, страны, чьи поставщики поставляют не меньше 4
деталей: Казахстан (9 деталей) и Россия (4 детали).

Обычный `JOIN` отбрасывает строку, для которой не нашлось пары. `LEFT JOIN` сохраняет каждую строку левой таблицы,
а если пары нет, пишет в столбцы правой `NULL`. Поэтому `COUNT(столбец)` считает строку без пары как 0, а
`COUNT(*)` — как 1. Через `LEFT JOIN` и `IS NULL` можно найти деталь, которой нет ни в одной спецификации: это
воздушный фильтр `EL-603`.""",
            en="""## 3. `WHERE` and `HAVING`, `LEFT JOIN`

`WHERE` filters rows **before** grouping, `HAVING` filters groups **after** it. So an aggregate condition such as
`COUNT(...) >= 4` can stand only in `HAVING`. For example, the countries whose suppliers deliver at least 4 parts:
Kazakhstan (9 parts) and Russia (4 parts).

An ordinary `JOIN` drops a row that found no pair. A `LEFT JOIN` keeps every row of the left table and writes `NULL`
into the right table's columns when there is no pair. So `COUNT(column)` counts a row without a pair as 0, while
`COUNT(*)` counts it as 1. With `LEFT JOIN` and `IS NULL` we can find the part that is in no bill of materials: the
air filter `EL-603`."""),
        a.code(f"""display(run("{HAVING_EXAMPLE}"))
display(run("{UNUSED_EXAMPLE}"))"""),
        a.text(
            kk="""## 4. Қазақстандық қамту

Модельдің **қазақстандық қамтуы** — оның бөлшектері құнының Қазақстанда жасалған үлесі. Әр бөлшектің бір
көліктегі құны `qty · price_kzt`, оның Қазақстанда жасалған бөлігі `qty · price_kzt · local_pct / 100`. Сонда:""",
            ru="""## 4. Казахстанское содержание

**Казахстанское содержание** модели — доля стоимости её деталей, сделанная в Казахстане. Стоимость детали в одном
автомобиле — `qty · price_kzt`, сделанная в Казахстане часть — `qty · price_kzt · local_pct / 100`. Тогда:""",
            en="""## 4. Local content

A model's **local content** is the share of its parts' value made in Kazakhstan. A part's value in one car is
`qty · price_kzt`, of which `qty · price_kzt · local_pct / 100` is made in Kazakhstan. So:"""),
        a.formula(r"$$L = \frac{\sum qty \cdot price \cdot local\_pct}{\sum qty \cdot price}\ \%$$"),
        a.misconception(
            kk="""### Дұрыс па?

Мадина: «Жеткізуші Қазақстанда болса, бөлшек толығымен қазақстандық», — дейді. `parts` кестесіне қараңыз:
Қостанайдағы `Steppe Seats` жасайтын орындықтардың `local_pct` мәні 55: матасы мен қаңқасы әкелінеді. Сондықтан
қазақстандық қамтуды жеткізушінің елі бойынша емес, `local_pct` арқылы есептейміз. Тағы бір тұзақ: SQLite-та екі
бүтін санды бөлу бүтін сан береді, `7 / 2` = 3. Бөлшек нәтиже үшін бір санды нақты сан етіңіз: `7 / 2.0` = 3,5,
немесе `100.0 * ...` деп көбейтіңіз.""",
            ru="""### Верно ли?

Мадина говорит: «Если поставщик в Казахстане, деталь целиком казахстанская». Посмотрите в таблицу `parts`: у
сидений, которые делает `Steppe Seats` в Костанае, `local_pct` равно 55: ткань и каркас ввозят. Поэтому
казахстанское содержание считаем не по стране поставщика, а по `local_pct`. Ещё одна ловушка: в SQLite деление двух
целых чисел даёт целое, `7 / 2` = 3. Чтобы получить дробь, сделайте одно из чисел дробным: `7 / 2.0` = 3,5, или
умножьте на `100.0 * ...`.""",
            en="""### Is it true?

Madina says: "If the supplier is in Kazakhstan, the part is wholly Kazakh." Look at the table `parts`: the seats
that `Steppe Seats` makes in Kostanay have a `local_pct` of 55: the fabric and the frame are imported. So we compute
local content from `local_pct`, not from the supplier's country. One more trap: in SQLite dividing two whole numbers
gives a whole number, `7 / 2` = 3. For a fraction make one of the numbers a decimal: `7 / 2.0` = 3.5, or multiply
by `100.0 * ...`."""),
        a.code("""display(run("SELECT part_no, supplier_id, local_pct FROM parts WHERE supplier_id = 2"))
run("SELECT 7 / 2, 7 / 2.0")""", role="misconception"),
        a.example(
            kk="""### 2-мысал. `KS-2` бөлшектерінің құны қай елден келеді?

Үш кестені біріктіреміз (`bom` → `parts` → `suppliers`), `KS-2` жолдарын қалдырып, жеткізушінің елі бойынша
топтап, `qty · price_kzt` қосындысын кему ретімен сұрыптаймыз. Қытайдан 2 540 600 теңгенің бөлшектері келеді:
қозғалтқыш пен беріліс қорабы. Бағалаңыз: қытайлық бөлшектердің `local_pct` мәні 0, сондықтан `KS-2`
қазақстандық қамтуы қандай болса да 50 %-дан әлдеқайда аз.""",
            ru="""### Пример 2. Из какой страны приходит стоимость деталей `KS-2`?

Соединяем три таблицы (`bom` → `parts` → `suppliers`), оставляем строки `KS-2`, группируем по стране поставщика и
сортируем сумму `qty · price_kzt` по убыванию. Из Китая приходят детали на 2 540 600 тенге: двигатель и коробка
передач. Оцените: у китайских деталей `local_pct` равно 0, поэтому казахстанское содержание `KS-2` в любом случае
намного меньше 50 %.""",
            en="""### Example 2. Which country does the value of `KS-2`'s parts come from?

We join three tables (`bom` → `parts` → `suppliers`), keep the rows of `KS-2`, group by the supplier's country and
sort the sum of `qty · price_kzt` in descending order. Parts worth 2,540,600 tenge come from China: the engine and
the gearbox. Estimate: the Chinese parts have a `local_pct` of 0, so the local content of `KS-2` is in any case far
below 50 %."""),
        a.code(f"""run("{COUNTRY_VALUE}")""", role="example"),
        a.predict(
            kk="""### Алдымен болжаңыз

Қазақстандық жеткізушілер `KS-1` бөлшектерінің бірнешеуін жасауды ұсынады: бөлшектің жергілікті үлесі өседі,
бірақ бағасы сәл қымбаттайды. Зауыттың жоспары: `KS-1` қазақстандық қамтуы кемінде 20 %, бір көліктің бөлшектері
4 110 000 теңгеден аспайды, ең көбі екі ұсыныс. Зертханада таңдамас бұрын болжаңыз: ең қымбат шетелдік бөлшек
(қозғалтқыш) жоспарды орындай ма? Қай екі бөлшек жоспарға жеткізеді? SQL терезесінде бөлшектердің шетелдік
бөлігін (`qty * price_kzt * (100 - local_pct) / 100`) есептеп, іздеуге көмектесіңіз.""",
            ru="""### Сначала предскажите

Казахстанские поставщики предлагают делать несколько деталей `KS-1`: местная доля детали растёт, но цена немного
повышается. План завода: казахстанское содержание `KS-1` не меньше 20 %, детали одного автомобиля не дороже
4 110 000 тенге, не больше двух предложений. Прежде чем выбирать в лаборатории, предскажите: выполнит ли план самая
дорогая импортная деталь (двигатель)? Какие две детали доведут до плана? Посчитайте в окне SQL ввозимую часть
деталей (`qty * price_kzt * (100 - local_pct) / 100`), чтобы искать было легче.""",
            en="""### Predict first

Kazakh suppliers offer to make some parts of `KS-1`: a part's local share grows, but its price rises a little. The
plant's plan: the local content of `KS-1` at least 20 %, the parts of one car at most 4,110,000 tenge, two offers
at most. Before you choose in the lab, predict: does the most expensive imported part (the engine) meet the plan?
Which two parts reach it? Compute the imported part of each part's value in the SQL box
(`qty * price_kzt * (100 - local_pct) / 100`) to help your search."""),
        a.design_lab("""design_lab = parts_db.make_lab("plan-20")
design_lab"""),
        a.text(
            kk="""Екі ұсынысты таңдап, **Жобаны тексеру** батырмасын басыңыз. Болжамыңыз расталды ма? Талаптарды орындайтын
басқа жұп табыңыз: қайсысын зауытқа ұсынар едіңіз және неге?""",
            ru="""Выберите два предложения и нажмите **Проверить проект**. Подтвердился ли ваш прогноз? Найдите другую пару,
которая выполняет требования: какую из них вы бы предложили заводу и почему?""",
            en="""Choose two offers and press **Check the design**. Was your prediction right? Find another pair that meets the
requirements: which would you recommend to the plant, and why?"""),
        a.summary(
            kk="""## Қорытынды

* **Кестелерді біріктіру**: `JOIN кесте ON шарт` жолдарды кілт бойынша жұптайды; шартсыз әр жол әр жолмен
  жұптасады (декарттық көбейтінді).
* **Агрегаттық функция** (`COUNT`, `SUM`, `AVG`, `MIN`, `MAX`) көп жолдан бір мән береді; **топтау**
  (`GROUP BY`) әр топқа бір жол береді; `SELECT` ішіндегі басқа бағандар топталуы не топталған кілтпен анықталуы керек.
* `WHERE` жолдарды топтауға дейін, `HAVING` топтарды топтаудан кейін сүзеді.
* `LEFT JOIN` жұбы жоқ жолды сақтайды; оны `COUNT(баған)` 0 деп, `COUNT(*)` 1 деп санайды.
* **Қазақстандық қамту** = `SUM(qty · price · local_pct) / SUM(qty · price)`, %; SQLite-та бүтін санды бөлуден
  сақтаныңыз (`100.0 * ...`).""",
            ru="""## Итоги

* **Соединение таблиц**: `JOIN таблица ON условие` соединяет строки по ключу; без условия каждая строка соединяется
  с каждой (декартово произведение).
* **Агрегатная функция** (`COUNT`, `SUM`, `AVG`, `MIN`, `MAX`) даёт одно значение из многих строк; **группировка**
  (`GROUP BY`) даёт одну строку на группу; остальные столбцы в `SELECT` должны быть сгруппированы или определяться сгруппированным ключом.
* `WHERE` фильтрует строки до группировки, `HAVING` — группы после неё.
* `LEFT JOIN` сохраняет строку без пары; `COUNT(столбец)` считает её как 0, `COUNT(*)` — как 1.
* **Казахстанское содержание** = `SUM(qty · price · local_pct) / SUM(qty · price)`, %; в SQLite берегитесь
  целочисленного деления (`100.0 * ...`).""",
            en="""## Summary

* A **join**: `JOIN table ON condition` pairs rows by a key; without a condition every row is paired with every
  row (a cartesian product).
* An **aggregate function** (`COUNT`, `SUM`, `AVG`, `MIN`, `MAX`) gives one value from many rows; **grouping**
  (`GROUP BY`) gives one row per group; the other columns after `SELECT` must be grouped or fixed by a grouped key.
* `WHERE` filters rows before grouping, `HAVING` filters groups after it.
* `LEFT JOIN` keeps a row without a pair; `COUNT(column)` counts it as 0, `COUNT(*)` as 1.
* **Local content** = `SUM(qty · price · local_pct) / SUM(qty · price)`, %; in SQLite beware of whole-number
  division (`100.0 * ...`)."""),
        a.reflection(
            kk="""## Рефлексия

1. Қай қатені жасау оңай: `ON` шартын ұмыту, `WHERE` орнына `HAVING`, әлде бүтін санды бөлу? Оны қалай байқайсыз?
2. Директорға `KS-1` жоспарын бір сөйлеммен, сандармен қалай түсіндірер едіңіз?
3. Бүгін сізге не түсініксіз қалды?""",
            ru="""## Рефлексия

1. Какую ошибку сделать легче всего: забыть `ON`, перепутать `WHERE` и `HAVING` или целочисленное деление? Как вы её
   заметите?
2. Как бы вы объяснили директору план для `KS-1` одним предложением с числами?
3. Что сегодня осталось для вас непонятным?""",
            en="""## Reflection

1. Which mistake is easiest to make: forgetting `ON`, mixing up `WHERE` and `HAVING`, or whole-number division? How
   would you notice it?
2. How would you explain the plan for `KS-1` to the director in one sentence with figures?
3. What is still unclear to you after today?"""),
    ], module=MODULE)


# -- the graded assignment ---------------------------------------------------------------------------------

ASSIGNMENT_SETUP = '''import sympy as sp
from curriculum.check import advise, check_design, check_query, compare, require, rules, self_check
from curriculum.i18n import pick
from curriculum.labs import parts_db
from curriculum.labs.parts_db import DESIGN_SPEC, design_result, make_lab, run

# [kk] x — қозғалтқыштың жергілікті үлесі, %; оған сан бермеңіз
# [ru] x — местная доля двигателя, %; не присваивайте ей число
# [en] x is the engine's local share, %; do not give it a number
x = sp.symbols("x", nonnegative=True)
DATABASES = (parts_db.course_database, parts_db.other_database)'''

TEACHER = {
    "kz-suppliers": "SELECT name, distance_km FROM suppliers WHERE country = 'KZ' ORDER BY distance_km",
    "top-parts": "SELECT part_no, price_kzt FROM parts ORDER BY price_kzt DESC LIMIT 3",
    "model-cost": ("SELECT b.model, SUM(b.qty * p.price_kzt) FROM bom b JOIN parts p ON p.part_no = b.part_no "
                   "GROUP BY b.model"),
    "parts-per-supplier": ("SELECT s.name, COUNT(p.part_no) FROM suppliers s LEFT JOIN parts p "
                           "ON p.supplier_id = s.supplier_id GROUP BY s.supplier_id"),
    "big-suppliers": ("SELECT s.name, SUM(b.qty * p.price_kzt) FROM bom b JOIN parts p ON p.part_no = b.part_no "
                      "JOIN suppliers s ON s.supplier_id = p.supplier_id WHERE b.model = 'KS-1' "
                      "GROUP BY s.supplier_id HAVING SUM(b.qty * p.price_kzt) > 300000"),
    "local-content": ("SELECT b.model, 100.0 * SUM(b.qty * p.price_kzt * p.local_pct) / "
                      "SUM(b.qty * p.price_kzt * 100) FROM bom b JOIN parts p ON p.part_no = b.part_no "
                      "GROUP BY b.model"),
}
"""The teacher's query of each query item (the hidden checks' and the self-checks')."""

ORDERED = {"kz-suppliers": True, "top-parts": True}
"""The items whose task asks for an order of rows."""

LOCAL_RTOL = 0.005
"""Task 6's tolerance: a local content within 0.5 % of the right one (rounded to one decimal place is right)."""

ENGINE_SHARE = "(689250 + 14500*x)/40914"
"""Task 7's answer: KS-1's local content, per cent, when the engine's local share is x per cent."""

VARIABLES = {"kz-suppliers": "q_local", "top-parts": "q_top", "model-cost": "q_cost",
             "parts-per-supplier": "q_count", "big-suppliers": "q_big", "local-content": "q_share"}

SOLUTIONS = {
    "kz-suppliers": """SELECT name, distance_km
FROM suppliers
WHERE country = 'KZ'
ORDER BY distance_km""",
    "top-parts": """SELECT part_no, price_kzt
FROM parts
ORDER BY price_kzt DESC
LIMIT 3""",
    "model-cost": """SELECT b.model, SUM(b.qty * p.price_kzt) AS cost
FROM bom b
JOIN parts p ON p.part_no = b.part_no
GROUP BY b.model""",
    "parts-per-supplier": """SELECT s.name, COUNT(p.part_no) AS parts
FROM suppliers s
LEFT JOIN parts p ON p.supplier_id = s.supplier_id
GROUP BY s.supplier_id""",
    "big-suppliers": """SELECT s.name, SUM(b.qty * p.price_kzt) AS value
FROM bom b
JOIN parts p ON p.part_no = b.part_no
JOIN suppliers s ON s.supplier_id = p.supplier_id
WHERE b.model = 'KS-1'
GROUP BY s.supplier_id
HAVING SUM(b.qty * p.price_kzt) > 300000""",
    "local-content": """SELECT b.model,
       100.0 * SUM(b.qty * p.price_kzt * p.local_pct) / SUM(b.qty * p.price_kzt * 100) AS local_content
FROM bom b
JOIN parts p ON p.part_no = b.part_no
GROUP BY b.model""",
}

HINTS = {
    "kz-suppliers": ("жеткізушінің аты және қашықтығы", "название поставщика и расстояние",
                     "the supplier's name and distance"),
    "top-parts": ("бөлшектің нөмірі және бағасы", "номер детали и цена", "the part number and price"),
    "model-cost": ("модель және бір көліктің бөлшектер құны", "модель и стоимость деталей одного автомобиля",
                   "the model and the parts cost of one car"),
    "parts-per-supplier": ("жеткізушінің аты және бөлшектер саны", "название поставщика и число деталей",
                           "the supplier's name and number of parts"),
    "big-suppliers": ("жеткізушінің аты және бір KS-1 ішіндегі бөлшектерінің құны",
                      "название поставщика и стоимость его деталей в одном KS-1",
                      "the supplier's name and the value of its parts in one KS-1"),
    "local-content": ("модель және оның қазақстандық қамтуы, %", "модель и её казахстанское содержание, %",
                      "the model and its local content, %"),
}


def _tokens() -> dict[str, str]:
    """The self-checks' tokens: the teacher's results on the course's database (``cq1:``) and task 7's expression's
    fingerprint; none holds an answer."""
    tokens = {gid: query_fingerprint(TEACHER[gid], parts_db.course_database, ordered=ORDERED.get(gid, False))
              for gid in TEACHER if gid != "local-content"}  # task 6 allows rounding: a 4-digit token would say no
    x = sp.symbols("x", nonnegative=True)
    tokens["engine-share"] = fingerprint(sp.sympify(ENGINE_SHARE, locals={"x": x}), salt=salt("engine-share"))
    return tokens


def _query_answer(gid: str) -> object:
    name = VARIABLES[gid]
    kk, ru, en = HINTS[gid]
    return a.answer(gid, f'{name} = """{SOLUTIONS[gid]}"""', hint={
        "kk": f'{name} = """SELECT ..."""   ({kk})', "ru": f'{name} = """SELECT ..."""   ({ru})',
        "en": f'{name} = """SELECT ..."""   ({en})'})


def _is_text(name: str) -> str:
    return (f'assert isinstance({name}, str), pick({{"kk": "{name} — тырнақшадағы мәтін болуы керек: '
            f'{name} = \\"\\"\\"SELECT ...\\"\\"\\"", "ru": "{name} должен быть текстом в кавычках: '
            f'{name} = \\"\\"\\"SELECT ...\\"\\"\\"", "en": "{name} should be text in quotes: '
            f'{name} = \\"\\"\\"SELECT ...\\"\\"\\""}})')


def _query_tests(gid: str, points: int, token: dict[str, str]) -> object:
    name = VARIABLES[gid]
    ordered = ", ordered=True" if ORDERED.get(gid) else ""
    if gid == "local-content":
        public = f"{_is_text(name)}\nadvise(check_query({name}, columns=2, databases=DATABASES[:1], name=\"{name}\"))"
        hidden = (f'require(check_query({name}, "{TEACHER[gid]}",\n                    databases=DATABASES, '
                  f'rtol={LOCAL_RTOL}, name="{name}"))')
    else:
        public = f'{_is_text(name)}\nadvise(self_check({name}, "{token[gid]}"))'
        hidden = (f'require(check_query({name}, "{TEACHER[gid]}",\n                    databases=DATABASES'
                  f'{ordered}, name="{name}"))')
    return a.tests(f"{gid}-test", points, public=public, hidden=hidden)


def assignment(meta: object) -> object:
    token = _tokens()
    nb = a.notebook([
        a.setup_cell(imports=ASSIGNMENT_SETUP),
        a.text(
            kk="""# Бөлшектер деректер қоры: сұраныстар және жергіліктендіру жоспары

Зауыттың деректер қорында сабақтардағы үш кесте бар: `suppliers` (жеткізушілер), `parts` (бөлшектер, бағасы
`price_kzt` теңгемен, жергілікті үлесі `local_pct` пайызбен) және `bom` (модельдердің бөлшектер тізімі, бір
көлікке `qty` дана). Деректер ойдан алынған. Бұл тапсырмада сіз жоспарлау бөлімінің сұрақтарына SQL сұраныстарын
жазасыз, қазақстандық қамтуды өрнекпен сипаттайсыз, зертханада жергіліктендіру жоспарын жасайсыз және директорға
жауап жазасыз. Уақыты — 45 минут.

**Жауапты қалай жазу керек.** Сұранысты үш тырнақшадағы мәтін ретінде жазыңыз, мысалы,
`q = \"\"\"SELECT model FROM bom\"\"\"` (бұл жауап емес). Бағандарды тапсырмада айтылған ретпен беріңіз,
бағандардың аты (`AS ...`) маңызды емес. Жолдардың ретін тапсырма сұраса ғана тексереміз. `run(q)` сұранысыңыздың
нәтижесін көрсетеді. Тест ұяшығы сұранысты курстың деректер қорында тексереді, ал бағаны жасырын тесттер
қояды: олар сұранысты басқа деректері бар екінші деректер қорында да орындайды, сондықтан кестеден көшірілген
мәндер өтпейді. Деректер қорын өзгертетін сұраныс орындалмайды.""",
            ru="""# База данных деталей: запросы и план локализации

В базе данных завода три таблицы из уроков: `suppliers` (поставщики), `parts` (детали, цена `price_kzt` в тенге,
местная доля `local_pct` в процентах) и `bom` (спецификации моделей, `qty` штук на один автомобиль). Данные
вымышлены. В этом задании вы напишете SQL-запросы на вопросы планового отдела, опишете казахстанское содержание
выражением, составите в лаборатории план локализации и напишете ответ директору. Время — 45 минут.

**Как записывать ответы.** Запрос записывайте текстом в тройных кавычках, например,
`q = \"\"\"SELECT model FROM bom\"\"\"` (это не ответ). Столбцы давайте в порядке, названном в задаче, имена
столбцов (`AS ...`) не важны. Порядок строк проверяем, только если его просит задача. `run(q)` показывает
результат вашего запроса. Тестовая ячейка проверяет запрос на базе данных курса, а оценку ставят скрытые тесты:
они выполняют запрос и на второй базе данных с другими данными, поэтому значения, переписанные из таблицы, не
проходят. Запрос, который меняет базу данных, не выполняется.""",
            en="""# The parts database: queries and a localisation plan

The plant's database holds the three tables of the lessons: `suppliers`, `parts` (the price `price_kzt` in tenge,
the local share `local_pct` in per cent) and `bom` (the models' bills of materials, `qty` pieces per car). The data
are fictional. In this assignment you write SQL queries for the planning department's questions, describe local
content with an expression, make a localisation plan in the lab and write an answer to the director. Time: 45
minutes.

**How to write answers.** Write a query as text in triple quotes, for example
`q = \"\"\"SELECT model FROM bom\"\"\"` (not the answer). Give the columns in the order the task names them;
the columns' names (`AS ...`) do not matter. The order of the rows is checked only when the task asks for one.
`run(q)` shows your query's result. The test cell checks the query on the course's database; the grade comes from
hidden tests, which also run it on a second database filled with other data, so values copied off the table do not
pass. A query that changes the database does not run."""),

        a.text(kk="## А бөлім. Бір кесте: сүзу және сұрыптау", ru="## Часть А. Одна таблица: фильтр и сортировка",
               en="## Part A. One table: filtering and sorting"),
        a.task(1, 1, "A",
               kk="""Қазақстандық жеткізушілер (`country` мәні `'KZ'`): әр жеткізушінің аты және зауытқа дейінгі
қашықтығы, ең жақынынан бастап. Сұранысты `q_local` айнымалысына жазыңыз: екі баған, `name` және `distance_km`.""",
               ru="""Казахстанские поставщики (`country` равно `'KZ'`): название каждого и расстояние до завода, начиная с
ближайшего. Запишите запрос в переменную `q_local`: два столбца, `name` и `distance_km`.""",
               en="""The Kazakh suppliers (`country` is `'KZ'`): each one's name and distance to the plant, nearest first. Write
the query in the variable `q_local`: two columns, `name` and `distance_km`."""),
        _query_answer("kz-suppliers"),
        _query_tests("kz-suppliers", 1, token),

        a.task(2, 1, "A",
               kk="""Ең қымбат үш бөлшек: бөлшектің нөмірі және бағасы, ең қымбатынан бастап. Сұранысты `q_top`
айнымалысына жазыңыз: екі баған, `part_no` және `price_kzt`, дәл үш жол.""",
               ru="""Три самые дорогие детали: номер детали и цена, начиная с самой дорогой. Запишите запрос в переменную `q_top`:
два столбца, `part_no` и `price_kzt`, ровно три строки.""",
               en="""The three most expensive parts: the part number and the price, most expensive first. Write the query in the
variable `q_top`: two columns, `part_no` and `price_kzt`, exactly three rows."""),
        _query_answer("top-parts"),
        _query_tests("top-parts", 1, token),

        a.text(kk="## Ә бөлім. Біріктіру және топтау", ru="## Часть Б. Соединение и группировка",
               en="## Part B. Joining and grouping"),
        a.task(3, 2, "B",
               kk="""Әр модельдің бір көлігінің бөлшектер құны, теңге: модель және `qty · price_kzt` қосындысы оның
бөлшектер тізімі бойынша. Сұранысты `q_cost` айнымалысына жазыңыз: екі баған, әр модельге бір жол.""",
               ru="""Стоимость деталей одного автомобиля каждой модели, тенге: модель и сумма `qty · price_kzt` по её
спецификации. Запишите запрос в переменную `q_cost`: два столбца, по одной строке на модель.""",
               en="""The parts cost of one car of each model, tenge: the model and the sum of `qty · price_kzt` over its bill of
materials. Write the query in the variable `q_cost`: two columns, one row per model."""),
        _query_answer("model-cost"),
        _query_tests("model-cost", 2, token),

        a.task(4, 2, "B",
               kk="""Әр жеткізуші және ол жеткізетін бөлшектер саны; әзірге бөлшек жеткізбейтін жеткізуші де 0 санымен
көрсетілуі керек. Сұранысты `q_count` айнымалысына жазыңыз: екі баған, жеткізушінің аты және бөлшектер саны.""",
               ru="""Каждый поставщик и число деталей, которые он поставляет; поставщик, который пока не поставляет деталей, тоже
должен быть в списке с числом 0. Запишите запрос в переменную `q_count`: два столбца, название поставщика и число
деталей.""",
               en="""Every supplier and the number of parts it delivers; a supplier that delivers no parts yet must be listed
too, with 0. Write the query in the variable `q_count`: two columns, the supplier's name and the number of
parts."""),
        _query_answer("parts-per-supplier"),
        _query_tests("parts-per-supplier", 2, token),

        a.task(5, 2, "B",
               kk="""Бір `KS-1` көлігіне бөлшектерінің құны 300 000 теңгеден асатын жеткізушілер: жеткізушінің аты және оның
бөлшектерінің бір `KS-1` ішіндегі құны (`qty · price_kzt` қосындысы). Сұранысты `q_big` айнымалысына жазыңыз.
Шарт жеке жолға емес, жеткізушінің қосындысына қойылады.""",
               ru="""Поставщики, чьи детали в одном автомобиле `KS-1` стоят больше 300 000 тенге: название поставщика и стоимость
его деталей в одном `KS-1` (сумма `qty · price_kzt`). Запишите запрос в переменную `q_big`. Условие ставится не на
отдельную строку, а на сумму поставщика.""",
               en="""The suppliers whose parts in one `KS-1` are worth more than 300,000 tenge: the supplier's name and the value
of its parts in one `KS-1` (the sum of `qty · price_kzt`). Write the query in the variable `q_big`. The condition
is on the supplier's sum, not on a single row."""),
        _query_answer("big-suppliers"),
        _query_tests("big-suppliers", 2, token),

        a.text(kk="## Б бөлім. Қазақстандық қамту және жоспар", ru="## Часть В. Казахстанское содержание и план",
               en="## Part C. Local content and the plan"),
        a.task(6, 2, "B",
               kk="""Әр модельдің қазақстандық қамтуы, %: модель және `SUM(qty · price_kzt · local_pct) / SUM(qty · price_kzt)`.
Сұранысты `q_share` айнымалысына жазыңыз: екі баған, әр модельге бір жол. Дұрыс мәннен 0,5 %-ға дейін
айырмашылық қабылданады, яғни бір ондық таңбаға дейін дөңгелектеуге болады (`ROUND(..., 1)`). Бүтін санды бөлуден
сақтаныңыз.""",
               ru="""Казахстанское содержание каждой модели, %: модель и `SUM(qty · price_kzt · local_pct) / SUM(qty · price_kzt)`.
Запишите запрос в переменную `q_share`: два столбца, по одной строке на модель. Принимается отличие от верного
значения до 0,5 %, то есть можно округлить до одного знака после запятой (`ROUND(..., 1)`). Берегитесь
целочисленного деления.""",
               en="""The local content of each model, %: the model and `SUM(qty · price_kzt · local_pct) / SUM(qty · price_kzt)`.
Write the query in the variable `q_share`: two columns, one row per model. A value within 0.5 % of the right one is
accepted, so you may round to one decimal place (`ROUND(..., 1)`). Beware of whole-number division."""),
        _query_answer("local-content"),
        _query_tests("local-content", 2, token),

        a.task(7, 1, "B",
               kk="""Бір `KS-1` бөлшектерінің құны 4 091 400 теңге, оның 689 250 теңгесі Қазақстанда жасалған. Қозғалтқыш
`PT-501` 1 450 000 теңге тұрады, көлікке біреу, қазір оның жергілікті үлесі 0 %. Жеткізуші сол бағамен жергілікті
үлесті `x` пайызға дейін көтерсе, `KS-1` қазақстандық қамтуы `L` (пайызбен) қандай болады? Жауапты `x` арқылы sympy
өрнегі ретінде жазыңыз: `L = ...`, мысалы, `L = 16 + x / 10` түрінде (бұл жауап емес). Тапсырманың сандарын дөңгелектемей
жазыңыз (бөлуді Python өзі орындайды): қолмен дөңгелектелген коэффициенттер дәл өрнек емес.""",
               ru="""Детали одного `KS-1` стоят 4 091 400 тенге, из них 689 250 тенге сделаны в Казахстане. Двигатель `PT-501`
стоит 1 450 000 тенге, один на автомобиль, сейчас его местная доля 0 %. Если поставщик при той же цене поднимет
местную долю до `x` процентов, каким будет казахстанское содержание `KS-1` `L` (в процентах)? Запишите ответ
выражением sympy через `x`: `L = ...`, в виде, например, `L = 16 + x / 10` (это не ответ). Пишите числа задачи без округления (дроби
посчитает Python): коэффициенты, округлённые вручную, — уже не точное выражение.""",
               en="""The parts of one `KS-1` cost 4,091,400 tenge, of which 689,250 tenge are made in Kazakhstan. The engine
`PT-501` costs 1,450,000 tenge, one per car, and its local share is 0 % now. If its supplier raises the local share
to `x` per cent at the same price, what is the local content `L` of `KS-1` (in per cent)? Write the answer as a
sympy expression in `x`: `L = ...`, in a form such as `L = 16 + x / 10` (not the answer). Write the task's numbers without rounding
(Python computes the fractions): coefficients rounded by hand no longer make the exact expression."""),
        a.answer("engine-share", "L = 100 * (689250 + 1450000 * x / 100) / 4091400", hint={
            "kk": "L = ...   (x арқылы sympy өрнегі, пайызбен)", "ru": "L = ...   (выражение sympy через x, в процентах)",
            "en": "L = ...   (a sympy expression in x, in per cent)"}),
        a.tests("engine-share-test", 1, public=f"""assert isinstance(L, sp.Expr), pick({{"kk": "L — x әрпінен құрылған sympy өрнегі болуы керек.", "ru": "L должно быть выражением sympy через x.", "en": "L should be a sympy expression in x."}})
assert {{s.name for s in L.free_symbols}} <= {{"x"}}, pick({{"kk": "L өрнегінде тек x әрпі болуы керек.", "ru": "В выражении L может быть только буква x.", "en": "L may use only the letter x."}})
advise(self_check(L, "{token['engine-share']}"))""",
                hidden=f"""require(compare(L, "{ENGINE_SHARE}", rules=[
    rules.wrong_answer("(689250 + 1450000*x)/40914", code="percent-not-divided", message={{
        "kk": "x — пайыз: қозғалтқыштың Қазақстанда жасалған бөлігі 1 450 000 · x / 100 теңге.",
        "ru": "x — это проценты: сделанная в Казахстане часть двигателя — 1 450 000 · x / 100 тенге.",
        "en": "x is a percentage: the part of the engine made in Kazakhstan is 1,450,000 · x / 100 tenge."}}),
    rules.wrong_answer("(689250 + 14500*x)/4091400", code="share-not-percent", message={{
        "kk": "Бұл үлес бөлшек түрінде: тапсырма пайызды сұрайды (100-ге көбейтіңіз).",
        "ru": "Это доля в виде дроби: задача спрашивает проценты (умножьте на 100).",
        "en": "This is the share as a fraction: the task asks for per cent (multiply by 100)."}})]))"""),

        a.task(8, 2, "C",
               kk="""`KS-1` жергіліктендіру жоспарын жасаңыз: қазақстандық қамту кемінде 22 %, бір көліктің бөлшектері
4 150 000 теңгеден аспайды, ең көбі екі ұсыныс. Төмендегі зертханада екі ұсынысты таңдап, **Жобаны тексеру**
батырмасын басыңыз, сосын зертхана көрсеткен `design = {...}` жолын жауап ұяшығына көшіріңіз.""",
               ru="""Составьте план локализации `KS-1`: казахстанское содержание не меньше 22 %, детали одного автомобиля не дороже
4 150 000 тенге, не больше двух предложений. Выберите в лаборатории ниже два предложения, нажмите
**Проверить проект** и скопируйте в ячейку ответа строку `design = {...}`, которую показывает лаборатория.""",
               en="""Make the localisation plan of `KS-1`: local content at least 22 %, the parts of one car at most 4,150,000
tenge, two offers at most. Choose two offers in the lab below, press **Check the design**, then copy the line
`design = {...}` that the lab shows into the answer cell."""),
        a.code("""make_lab("plan-22")"""),
        a.answer("localisation-plan", "design = {'first': 'PT-502', 'second': 'CH-303'}",
                 before="# design = {'first': ..., 'second': ...}"),
        a.tests("localisation-plan-test", 2, public="""assert isinstance(design, dict), pick({"kk": "design = {'first': ..., 'second': ...} (зертхана көрсететін жол)", "ru": "design = {'first': ..., 'second': ...} (строка, которую показывает лаборатория)", "en": "design = {'first': ..., 'second': ...} (the line the lab shows)"})
advise(check_design(design, DESIGN_SPEC, model=design_result))""",
                hidden="""require(check_design(design, DESIGN_SPEC, model=design_result))"""),

        a.task(9, 3, "C", locked_id="plan-argument-prompt",
               kk="""Директор былай дейді: «Ең қымбат шетелдік бөлшек — қозғалтқыш. Соны жергіліктендірейік, сонда жоспар
орындалады». Зертханадағы сандармен бұл ұсынысты бағалаңыз: қозғалтқыш ұсынысы қазақстандық қамтуды және құнды
қалай өзгертеді, жоспардың қай талабы орындалмайды? Өз жоспарыңызды сандармен негіздеңіз. Соңында түсіндіріңіз:
неге ай сайынғы есептегі қазақстандық қамтуды бір рет есептеп жазып қоймай, сұраныспен есептеу керек? Жауапты
төмендегі ұяшыққа сөзбен жазыңыз.""",
               ru="""Директор говорит: «Самая дорогая импортная деталь — двигатель. Локализуем его, и план выполнен». Оцените это
предложение числами из лаборатории: как предложение по двигателю меняет казахстанское содержание и стоимость, какое
требование плана не выполняется? Обоснуйте свой план числами. В конце объясните: почему казахстанское содержание в
ежемесячном отчёте нужно вычислять запросом, а не посчитать один раз и вписать число? Напишите ответ словами в
ячейке ниже.""",
               en="""The director says: "The most expensive imported part is the engine. Let us localise it and the plan is met."
Weigh this proposal with the lab's figures: how does the engine offer change the local content and the cost, and
which requirement of the plan does it miss? Argue for your own plan with figures. Finally, explain why the monthly
report must compute the local content with a query instead of computing it once and typing in the number. Write
your answer in words in the cell below.""",
               rubric={
                   "kk": """* 1 ұпай: қозғалтқыш ұсынысы қазақстандық қамтуды 21,6 %-ға ғана көтереді (22 %-ға жетпейді)
  және бір көліктің құнын 4 201 400 теңгеге дейін арттырады, бұл 4 150 000 теңгеден көп: жоспар орындалмайды.
* 1 ұпай: талаптарды орындайтын жоспар сандарымен, мысалы: беріліс қорабы мен амортизатор — 23,3 %,
  4 149 800 теңге; себебі беріліс қорабы құны аз өсіп, жергілікті бөлігі көп өседі.
* 1 ұпай: деректер (бағалар, үлестер, жеткізушілер, бөлшектер тізімі) өзгереді, сұраныс ағымдағы деректерден
  қайта есептейді; жазылған сан ескіреді (көшірілген мән екінші деректер қорындағы тексеруден өтпеді).""",
                   "ru": """* 1 балл: предложение по двигателю поднимает казахстанское содержание лишь до 21,6 % (меньше 22 %) и увеличивает
  стоимость одного автомобиля до 4 201 400 тенге, больше 4 150 000 тенге: план не выполнен.
* 1 балл: план, который выполняет требования, с числами, например: коробка передач и амортизатор — 23,3 %,
  4 149 800 тенге; причина — коробка дорожает мало, а её местная часть растёт сильно.
* 1 балл: данные (цены, доли, поставщики, спецификации) меняются, запрос пересчитывает по текущим данным;
  вписанное число устаревает (переписанное значение не прошло проверку на второй базе данных).""",
                   "en": """* 1 point: the engine offer raises the local content only to 21.6 % (short of 22 %) and the cost of
  one car to 4,201,400 tenge, more than 4,150,000 tenge: the plan is not met.
* 1 point: a plan that meets the requirements, with its figures, for example the gearbox and the shock absorber:
  23.3 %, 4,149,800 tenge; the reason: the gearbox costs little more while its local part grows a lot.
* 1 point: the data (prices, shares, suppliers, bills of materials) change and a query computes from the current
  data; a typed number goes out of date (a copied value failed the check on the second database)."""}),
        a.written("plan-argument", 3, """**Model answer (en).** The engine offer raises KS-1's local content from 16.8 % to 21.6 %, short of 22 %,
and its price rise of 110,000 tenge makes the parts of one car cost 4,201,400 tenge, more than the limit of
4,150,000 tenge. So the director's plan misses both requirements. I propose the gearbox and the shock absorber:
the local content becomes 23.3 % and the parts cost 4,149,800 tenge, within the limit. The gearbox's price rises by
only 50,000 tenge while 20 % of its value becomes Kazakh, and the shock absorber adds local value for 8,400 tenge.
The monthly report must use a query because prices, shares, suppliers and bills of materials change every month:
the query computes the local content from the current data, while a number typed once goes out of date, and the
check on the second database showed that a copied value is wrong on other data.

**Үлгі жауап (kk).** Қозғалтқыш ұсынысы `KS-1` қазақстандық қамтуын 16,8 %-дан 21,6 %-ға ғана көтереді, бұл 22 %-ға
жетпейді, ал оның бағасының 110 000 теңгеге өсуі бір көліктің бөлшектерін 4 201 400 теңгеге жеткізеді, бұл
4 150 000 теңге шегінен көп. Сонда директордың жоспары екі талапты да орындамайды. Мен беріліс қорабы мен
амортизаторды ұсынамын: қазақстандық қамту 23,3 % болады, ал бөлшектер 4 149 800 теңге тұрады, шектен аспайды.
Беріліс қорабының бағасы небәрі 50 000 теңгеге өседі, ал оның құнының 20 %-ы қазақстандық болады, амортизатор
8 400 теңгеге жергілікті құн қосады. Ай сайынғы есеп сұраныспен есептелуі керек, себебі бағалар, үлестер,
жеткізушілер және бөлшектер тізімі ай сайын өзгереді: сұраныс қазақстандық қамтуды ағымдағы деректерден
есептейді, ал бір рет жазылған сан ескіреді, екінші деректер қорындағы тексеру де көшірілген мәннің басқа
деректерде қате екенін көрсетті.

**Образец ответа (ru).** Предложение по двигателю поднимает казахстанское содержание `KS-1` с 16,8 % лишь до 21,6 %,
меньше 22 %, а рост его цены на 110 000 тенге доводит стоимость деталей одного автомобиля до 4 201 400 тенге,
больше предела 4 150 000 тенге. Значит, план директора не выполняет оба требования. Я предлагаю коробку передач и
амортизатор: казахстанское содержание станет 23,3 %, а детали будут стоить 4 149 800 тенге, в пределе. Коробка
дорожает всего на 50 000 тенге, а 20 % её стоимости становятся казахстанскими, амортизатор добавляет местную
стоимость за 8 400 тенге. Ежемесячный отчёт должен считаться запросом, потому что цены, доли, поставщики и
спецификации меняются каждый месяц: запрос вычисляет казахстанское содержание по текущим данным, а вписанное один
раз число устаревает, и проверка на второй базе данных показала, что переписанное значение на других данных
неверно."""),
    ], module=MODULE)
    part_a = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## А бөлім"))
    a.refresh_descriptors(nb, meta, at=part_a)  # after the introduction, before the first part
    return nb


def build(root: Path = ROOT) -> dict[Path, object]:
    """Every notebook of the module, by the path it is written to under ``root``."""
    meta = load_module_meta(HERE / "module.yml")
    folder = root / HERE.relative_to(ROOT)
    return {folder / "lesson-1.ipynb": lesson_1(), folder / "lesson-2.ipynb": lesson_2(),
            root / "source" / MODULE / "parts_db.ipynb": assignment(meta)}


def main(root: Path = ROOT) -> None:
    for path, nb in build(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        a.write(nb, str(path))


if __name__ == "__main__":
    main()
