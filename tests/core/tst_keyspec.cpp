// The rules of the create form at every boundary. The live validators and the request builder
// share them, so a wrong answer here is either a form that refuses a good key or a request the
// gateway refuses.

#include "coretest.h"
#include "keyspec.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString Emoji = u"🔑"_s; // one code point, two UTF-16 units

QString repeated(const QString &unit, int count)
{
    return unit.repeated(count);
}

} // namespace

class tst_KeySpec : public QObject
{
    Q_OBJECT

private slots:
    void checkName_data();
    void checkName();
    void checkKeyId_data();
    void checkKeyId();
    void checkKeySecret_data();
    void checkKeySecret();
    void isKeyCharacter_data();
    void isKeyCharacter();
    void validateKeySpec_data();
    void validateKeySpec();
    void normalized_data();
    void normalized();
};

void tst_KeySpec::checkName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<FieldProblem>("expected");

    struct Row
    {
        const char *tag;
        QString name;
        FieldProblem api3;
        FieldProblem api2;
    };
    using P = FieldProblem;
    const QList<Row> rows = {
        {"empty", u""_s, P::Required, P::None},
        {"null", QString(), P::Required, P::None},
        {"whitespace only", u" \t\n "_s, P::Required, P::None},
        {"ideographic space only", u"\u3000"_s, P::Required, P::None},
        {"plain", u"myTest"_s, P::None, P::None},
        {"spaces inside", u"my test key"_s, P::None, P::None},
        {"reserved characters", u"a+b/c=d&e%f"_s, P::None, P::None},
        {"chinese", u"测试密钥"_s, P::None, P::None},
        {"paste with trailing newline", u"myTest\n"_s, P::None, P::None},
        {"surrounding tabs", u"\tmyTest\t"_s, P::None, P::None},
        {"tab inside", u"my\ttest"_s, P::ControlCharacter, P::ControlCharacter},
        {"newline inside", u"my\ntest"_s, P::ControlCharacter, P::ControlCharacter},
        {"carriage return inside", u"my\rtest"_s, P::ControlCharacter, P::ControlCharacter},
        {"NUL inside", u"my"_s + QChar(0) + u"test"_s, P::ControlCharacter, P::ControlCharacter},
        {"DEL inside", u"my\x7ftest"_s, P::ControlCharacter, P::ControlCharacter},
        {"C1 control inside", u"my\u0085test"_s, P::ControlCharacter, P::ControlCharacter},
        {"line separator inside", u"my\u2028test"_s, P::ControlCharacter, P::ControlCharacter},
        {"paragraph separator inside", u"my\u2029test"_s, P::ControlCharacter, P::ControlCharacter},
        {"60 ASCII", repeated(u"a"_s, 60), P::None, P::None},
        {"61 ASCII", repeated(u"a"_s, 61), P::TooLong, P::TooLong},
        {"60 ASCII plus surrounding spaces", u"  "_s + repeated(u"a"_s, 60) + u" \n"_s, P::None,
         P::None},
        {"60 chinese", repeated(u"密"_s, 60), P::None, P::None},
        {"61 chinese", repeated(u"密"_s, 61), P::TooLong, P::TooLong},
        {"59 ASCII and an emoji", repeated(u"a"_s, 59) + Emoji, P::None, P::None},
        {"60 ASCII and an emoji", repeated(u"a"_s, 60) + Emoji, P::TooLong, P::TooLong},
        {"60 emoji", repeated(Emoji, 60), P::None, P::None},
        {"61 emoji", repeated(Emoji, 61), P::TooLong, P::TooLong},
    };
    for (const Row &row : rows) {
        QTest::addRow("3.0, %s", row.tag) << row.name << ApiGeneration::Api3 << row.api3;
        QTest::addRow("2.0, %s", row.tag) << row.name << ApiGeneration::Api2 << row.api2;
    }
}

void tst_KeySpec::checkName()
{
    QFETCH(QString, name);
    QFETCH(ApiGeneration, generation);
    QFETCH(FieldProblem, expected);
    QCOMPARE(KeySpecRules::checkName(name, generation), expected);
}

// The id and the secret share one alphabet and differ in their bounds.
static void addKeyFieldRows(int minimum, int maximum)
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<FieldProblem>("expected");

    using P = FieldProblem;
    const QString base = u"aZ0_"_s.repeated(20); // every kind of allowed character
    QTest::addRow("%d characters", minimum - 1) << base.left(minimum - 1) << P::TooShort;
    QTest::addRow("%d characters", minimum) << base.left(minimum) << P::None;
    QTest::addRow("%d characters", maximum) << base.left(maximum) << P::None;
    QTest::addRow("%d characters", maximum + 1) << base.left(maximum + 1) << P::TooLong;
    QTest::newRow("empty") << u""_s << P::Required;
    QTest::newRow("null") << QString() << P::Required;
    QTest::newRow("whitespace only") << u"  \t\n"_s << P::Required;
    QTest::newRow("paste with trailing newline") << base.left(minimum) + u"\n"_s << P::None;
    QTest::newRow("paste with CRLF and spaces")
        << u"  "_s + base.left(maximum) + u"\r\n"_s << P::None;
    QTest::newRow("short after trimming") << base.left(minimum - 1) + u"   "_s << P::TooShort;
    QTest::newRow("space inside") << base.left(minimum) + u" x"_s << P::InvalidCharacter;
    QTest::newRow("hyphen") << base.left(minimum) + u"-"_s << P::InvalidCharacter;
    QTest::newRow("dot") << base.left(minimum) + u"."_s << P::InvalidCharacter;
    QTest::newRow("plus") << base.left(minimum) + u"+"_s << P::InvalidCharacter;
    QTest::newRow("slash") << base.left(minimum) + u"/"_s << P::InvalidCharacter;
    QTest::newRow("equals") << base.left(minimum) + u"="_s << P::InvalidCharacter;
    QTest::newRow("chinese") << base.left(minimum) + u"密"_s << P::InvalidCharacter;
    QTest::newRow("emoji") << base.left(minimum) + Emoji << P::InvalidCharacter;
    QTest::newRow("accented letter") << base.left(minimum) + u"é"_s << P::InvalidCharacter;
    QTest::newRow("full-width digit") << base.left(minimum) + u"１"_s << P::InvalidCharacter;
    QTest::newRow("tab inside") << base.left(minimum) + u"\tx"_s << P::InvalidCharacter;
    // A wrong character is the more useful message even while the value is still short.
    QTest::newRow("short with a wrong character") << u"a-b"_s << P::InvalidCharacter;
    QTest::newRow("long with a wrong character")
        << base.left(maximum) + u"-"_s << P::InvalidCharacter;
}

void tst_KeySpec::checkKeyId_data()
{
    addKeyFieldRows(5, 50);
}

void tst_KeySpec::checkKeyId()
{
    QFETCH(QString, value);
    QFETCH(FieldProblem, expected);
    QCOMPARE(KeySpecRules::checkKeyId(value), expected);
}

void tst_KeySpec::checkKeySecret_data()
{
    addKeyFieldRows(10, 50);
}

void tst_KeySpec::checkKeySecret()
{
    QFETCH(QString, value);
    QFETCH(FieldProblem, expected);
    QCOMPARE(KeySpecRules::checkKeySecret(value), expected);
}

void tst_KeySpec::isKeyCharacter_data()
{
    QTest::addColumn<QChar>("character");
    QTest::addColumn<bool>("allowed");

    for (const char16_t c : u"azAZ09_")
        if (c)
            QTest::addRow("'%c'", static_cast<char>(c)) << QChar(c) << true;
    for (const char16_t c : u" -.+/=@`[{:~\t")
        if (c)
            QTest::addRow("U+%04X", static_cast<unsigned>(c)) << QChar(c) << false;
    QTest::newRow("chinese") << QChar(u'密') << false;
    QTest::newRow("Latin-1 letter") << QChar(u'é') << false;
    QTest::newRow("Arabic-Indic digit") << QChar(u'\u0660') << false;
}

void tst_KeySpec::isKeyCharacter()
{
    QFETCH(QChar, character);
    QFETCH(bool, allowed);
    QCOMPARE(KeySpecRules::isKeyCharacter(character), allowed);
}

void tst_KeySpec::validateKeySpec_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QString>("name");
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("keySecret");
    QTest::addColumn<KeySpecProblems>("expected");

    using P = FieldProblem;
    for (const ApiGeneration generation : {ApiGeneration::Api3, ApiGeneration::Api2}) {
        const char *g = generation == ApiGeneration::Api3 ? "3.0" : "2.0";
        QTest::addRow("%s, auto", g) << generation << u"name"_s << KeyType::Auto << QString()
                                     << QString() << KeySpecProblems{};
        QTest::addRow("%s, auto ignores an invalid id and secret", g)
            << generation << u"name"_s << KeyType::Auto << u"x"_s << u"bad secret!"_s
            << KeySpecProblems{};
        QTest::addRow("%s, manual", g) << generation << u"name"_s << KeyType::Manual << u"myKeyId"_s
                                       << u"myKeySecret"_s << KeySpecProblems{};
        QTest::addRow("%s, manual without id and secret", g)
            << generation << u"name"_s << KeyType::Manual << QString() << QString()
            << KeySpecProblems{.keyId = P::Required, .keySecret = P::Required};
        QTest::addRow("%s, manual, every field wrong", g)
            << generation << u"a\tb"_s << KeyType::Manual << u"ab"_s << u"x-y"_s
            << KeySpecProblems{.name = P::ControlCharacter,
                               .keyId = P::TooShort,
                               .keySecret = P::InvalidCharacter};
        QTest::addRow("%s, manual, pasted with newlines", g)
            << generation << u"name\n"_s << KeyType::Manual << u"myKeyId\n"_s
            << u"myKeySecret\r\n"_s << KeySpecProblems{};
        QTest::addRow("%s, manual, secret too long", g)
            << generation << u"name"_s << KeyType::Manual << u"myKeyId"_s << u"s"_s.repeated(51)
            << KeySpecProblems{.keySecret = P::TooLong};
    }
    QTest::newRow("3.0, no name") << ApiGeneration::Api3 << QString() << KeyType::Auto << QString()
                                  << QString() << KeySpecProblems{.name = P::Required};
    QTest::newRow("2.0, no name") << ApiGeneration::Api2 << QString() << KeyType::Auto << QString()
                                  << QString() << KeySpecProblems{};
    QTest::newRow("3.0, manual, no name")
        << ApiGeneration::Api3 << u" "_s << KeyType::Manual << u"myKeyId"_s << u"myKeySecret"_s
        << KeySpecProblems{.name = P::Required};
}

void tst_KeySpec::validateKeySpec()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QString, name);
    QFETCH(KeyType, type);
    QFETCH(QString, keyId);
    QFETCH(QString, keySecret);
    QFETCH(KeySpecProblems, expected);

    KeySpec spec;
    spec.name = name;
    spec.type = type;
    spec.keyId = keyId;
    spec.keySecret = SecretString(keySecret);
    const KeySpecProblems problems = ::validateKeySpec(spec, generation);
    QCOMPARE(problems.name, expected.name);
    QCOMPARE(problems.keyId, expected.keyId);
    QCOMPARE(problems.keySecret, expected.keySecret);
    QCOMPARE(problems.isValid(), expected == KeySpecProblems{});
}

void tst_KeySpec::normalized_data()
{
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("keySecret");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<QString>("expectedKeyId");
    QTest::addColumn<QString>("expectedKeySecret");

    QTest::newRow("manual, trimmed")
        << KeyType::Manual << u" my name \n"_s << u"\tmyKeyId\r\n"_s << u"  myKeySecret\n"_s
        << u"my name"_s << u"myKeyId"_s << u"myKeySecret"_s;
    QTest::newRow("manual, inner spaces kept") << KeyType::Manual << u"a  b"_s << u"x y"_s
                                               << u"s t"_s << u"a  b"_s << u"x y"_s << u"s t"_s;
    QTest::newRow("manual, unicode white space")
        << KeyType::Manual << u"\u3000名字\u3000"_s << u"\u00a0myKeyId"_s << u"myKeySecret\u2003"_s
        << u"名字"_s << u"myKeyId"_s << u"myKeySecret"_s;
    QTest::newRow("auto drops id and secret")
        << KeyType::Auto << u"name"_s << u"myKeyId"_s << u"myKeySecret"_s << u"name"_s << QString()
        << QString();
}

void tst_KeySpec::normalized()
{
    QFETCH(KeyType, type);
    QFETCH(QString, name);
    QFETCH(QString, keyId);
    QFETCH(QString, keySecret);
    QFETCH(QString, expectedName);
    QFETCH(QString, expectedKeyId);
    QFETCH(QString, expectedKeySecret);

    KeySpec spec;
    spec.type = type;
    spec.name = name;
    spec.keyId = keyId;
    spec.keySecret = SecretString(keySecret);
    const KeySpec result = spec.normalized();
    QCOMPARE(result.type, type);
    QCOMPARE(result.name, expectedName);
    QCOMPARE(result.keyId, expectedKeyId);
    QCOMPARE(result.keySecret.toString(), expectedKeySecret);
    // The input is left as it was.
    QCOMPARE(spec.keySecret.toString(), keySecret);
}

QTEST_APPLESS_MAIN(tst_KeySpec)
#include "tst_keyspec.moc"
