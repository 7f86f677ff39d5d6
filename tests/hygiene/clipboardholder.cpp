// Puts its argument on the CLIPBOARD and quits normally, as any Qt program that leaves a value
// behind: the control that shows X11ClipboardManager catches what is left at exit.

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QGuiApplication::clipboard()->setText(QString::fromLocal8Bit(argv[1]), QClipboard::Clipboard);
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
