// The body device that makes QNAM's silent resend impossible: read once, never rewound.

#include "oneshotbodydevice.h"

#include <QtTest>

class tst_OneShotBodyDevice : public QObject
{
    Q_OBJECT

private slots:
    void readsTheBodyOnce_data();
    void readsTheBodyOnce();
    void refusesToRewind();
};

void tst_OneShotBodyDevice::readsTheBodyOnce_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("form") << QByteArray("Action=CreateApiKey&secretKey=abc");
    QTest::newRow("large") << QByteArray(100'000, 'b');
}

void tst_OneShotBodyDevice::readsTheBodyOnce()
{
    QFETCH(QByteArray, body);
    OneShotBodyDevice device(body);
    QVERIFY(device.isOpen());
    QVERIFY(!device.isSequential());
    QCOMPARE(device.size(), body.size());
    QByteArray read;
    while (!device.atEnd()) {
        const QByteArray chunk = device.read(4096);
        QVERIFY(!chunk.isEmpty());
        read += chunk;
    }
    QCOMPARE(read, body);
    QCOMPARE(device.read(10), QByteArray());
    QVERIFY(!device.rewindWasRefused());
}

void tst_OneShotBodyDevice::refusesToRewind()
{
    OneShotBodyDevice device("0123456789");
    QCOMPARE(device.read(4), QByteArray("0123"));
    QVERIFY(!device.seek(0));
    QVERIFY(device.rewindWasRefused());
    QCOMPARE(device.read(2), QByteArray("45"));
    QVERIFY(device.seek(8)); // forward is harmless
    QCOMPARE(device.readAll(), QByteArray("89"));

    // Even before a byte was read: QNAM rewinds an empty body only to resend it.
    OneShotBodyDevice empty({});
    QVERIFY(!empty.reset());
    QVERIFY(empty.rewindWasRefused());
}

QTEST_GUILESS_MAIN(tst_OneShotBodyDevice)
#include "tst_oneshotbodydevice.moc"
