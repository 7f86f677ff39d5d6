// SecretString: the value semantics callers rely on, that wiping one holder never damages another,
// and that a secret cannot be streamed to a debug print at all.

#include "coretest.h"
#include "secretstring.h"

#include <QDebug>
#include <QtTest>
#include <array>

using namespace Qt::StringLiterals;

namespace {

template <typename T>
concept DebugStreamable = requires(QDebug debug, const T &value)
{
    debug << value;
};

} // namespace

// The whole point of the deleted operator: qDebug() << secret does not compile. The control line
// proves that the concept detects streaming at all.
static_assert(DebugStreamable<QString>);
static_assert(DebugStreamable<QByteArray>);
static_assert(!DebugStreamable<SecretString>);

class tst_SecretString : public QObject
{
    Q_OBJECT

private slots:
    void construction_data();
    void construction();
    void copyIsIndependent();
    void moveLeavesSourceEmpty();
    void copyAssignment();
    void moveAssignment();
    void selfAssignment();
    void wipe();
    void wipeBytesSparesOtherHolders();
    void wipeStringSparesOtherHolders();
    void secureZero();
};

void tst_SecretString::construction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("length"); // code points, as the validation rules count

    QTest::newRow("empty") << QString() << qsizetype(0);
    QTest::newRow("ASCII") << u"myKeySecret_0123"_s << qsizetype(16);
    QTest::newRow("chinese") << u"密钥"_s << qsizetype(2);
    QTest::newRow("emoji") << u"a🔑b"_s << qsizetype(3);
    QTest::newRow("NUL inside") << (u"a"_s + QChar(0) + u"b"_s) << qsizetype(3);
}

void tst_SecretString::construction()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, length);

    const SecretString fromText(text);
    QCOMPARE(fromText.utf8(), text.toUtf8());
    QCOMPARE(fromText.toString(), text);
    QCOMPARE(fromText.length(), length);
    QCOMPARE(fromText.isEmpty(), text.isEmpty());

    const SecretString fromBytes = SecretString::fromUtf8(text.toUtf8());
    QVERIFY(fromBytes == fromText);
    QCOMPARE(fromBytes.length(), length);
}

void tst_SecretString::copyIsIndependent()
{
    SecretString original(u"myKeySecret_0123"_s);
    const SecretString copy = original; // NOLINT(performance-unnecessary-copy-initialization)
    QVERIFY(copy == original);
    original.wipe();
    QVERIFY(original.isEmpty());
    QCOMPARE(copy.toString(), u"myKeySecret_0123"_s);
}

void tst_SecretString::moveLeavesSourceEmpty()
{
    SecretString source(u"myKeySecret_0123"_s);
    const SecretString target = std::move(source);
    QCOMPARE(target.toString(), u"myKeySecret_0123"_s);
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): the point of the test
}

void tst_SecretString::copyAssignment()
{
    const SecretString source(u"new secret"_s);
    SecretString target(u"old secret"_s);
    target = source;
    QCOMPARE(target.toString(), u"new secret"_s);
    QCOMPARE(source.toString(), u"new secret"_s);
    target.wipe();
    QCOMPARE(source.toString(), u"new secret"_s);
}

void tst_SecretString::moveAssignment()
{
    SecretString source(u"new secret"_s);
    SecretString target(u"old secret"_s);
    target = std::move(source);
    QCOMPARE(target.toString(), u"new secret"_s);
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
}

void tst_SecretString::selfAssignment()
{
    SecretString secret(u"kept"_s);
    SecretString &alias = secret;
    secret = alias;
    QCOMPARE(secret.toString(), u"kept"_s);
    secret = std::move(alias);
    QCOMPARE(secret.toString(), u"kept"_s);
}

void tst_SecretString::wipe()
{
    SecretString secret(u"myKeySecret_0123"_s);
    secret.wipe();
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.length(), 0);
    QVERIFY(secret == SecretString());
    secret.wipe(); // twice is harmless
    QVERIFY(secret.isEmpty());
}

// Overwriting a buffer that is still shared would wipe (or detach and then wipe) someone else's
// copy: only the last holder overwrites.
void tst_SecretString::wipeBytesSparesOtherHolders()
{
    QByteArray mine = "shared secret";
    mine.detach();
    const QByteArray other = mine;
    wipeBytes(mine);
    QVERIFY(mine.isEmpty());
    QCOMPARE(other, QByteArray("shared secret"));
}

void tst_SecretString::wipeStringSparesOtherHolders()
{
    QString mine = u"shared secret"_s;
    mine.detach();
    const QString other = mine;
    wipeString(mine);
    QVERIFY(mine.isEmpty());
    QCOMPARE(other, u"shared secret"_s);
}

void tst_SecretString::secureZero()
{
    std::array<char, 16> buffer;
    buffer.fill('s');
    ::secureZero(buffer.data(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(buffer[i], '\0');
    for (int i = 10; i < 16; ++i)
        QCOMPARE(buffer[i], 's'); // not a byte more
}

QTEST_APPLESS_MAIN(tst_SecretString)
#include "tst_secretstring.moc"
