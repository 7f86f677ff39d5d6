// Another program writing the key list: adds `count` records whose ids start with `prefix`, one
// change at a time with a short pause between, as a few apigw-keys-cli create --save in a row
// would. tst_keyindex runs several at once.
//   keyindex_writer <keys.ini> <prefix> <count>
#include "keyindex.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4)
        return 2;
    KeyIndex index(arguments.at(1));
    const int count = arguments.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        KeyRecord record;
        record.keyId = arguments.at(2) + QString::number(i);
        record.name = QStringLiteral("written by ") + arguments.at(2);
        record.type = KeyType::Auto;
        record.createdUtc = QDateTime::currentDateTimeUtc();
        record.endpoint = QUrl(QStringLiteral("https://apigateway.tencentcloudapi.com/"));
        record.region = QStringLiteral("ap-guangzhou");
        record.account = QStringLiteral("AKIDwriter");
        const KeyIndexError error = index.upsert(record);
        if (error.isError()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(KeyIndexError::kindName(error.kind)),
                         qPrintable(error.detail));
            return 1;
        }
        // A program that saved a key has other work before its next one; without a pause this one
        // would take the lock back before a waiting writer's next try, again and again.
        QThread::msleep(5);
    }
    return 0;
}
