// The yardstick of the start-up benchmark: the least a Qt Widgets program does to show a window,
// reporting its first idle moment the same way apigw-keys --benchmark-startup does.

#include "startupprobe.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("API Gateway Key Manager"));
    label.show();
    StartupProbe::reportWhenIdle();
    return app.exec();
}
