#include "cabundle.h"

#include <QFile>
#include <QFileInfo>

namespace {

using namespace Qt::StringLiterals;

// A bundle of every public CA is about 200 KiB; anything far larger is not what the user meant.
constexpr qint64 MaxBundleSize = 16 * 1024 * 1024;
constexpr QByteArrayView PemBegin = "-----BEGIN CERTIFICATE-----";

CaBundle failed(CaBundleProblem problem, QString detail)
{
    CaBundle bundle;
    bundle.problem = problem;
    bundle.detail = std::move(detail);
    return bundle;
}

} // namespace

CaBundle CaBundle::load(const QString &pemPath)
{
    const QFileInfo info(pemPath);
    if (!info.isFile())
        return failed(CaBundleProblem::Unreadable, u"%1 is not a file"_s.arg(pemPath));
    if (info.size() > MaxBundleSize)
        return failed(CaBundleProblem::Unreadable,
                      u"%1 is too large for a CA bundle"_s.arg(pemPath));
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(CaBundleProblem::Unreadable,
                      u"%1 cannot be read: %2"_s.arg(pemPath, file.errorString()));
    const QByteArray pem = file.read(MaxBundleSize + 1);
    if (!pem.contains(PemBegin))
        return failed(CaBundleProblem::NoCertificates,
                      u"%1 holds no PEM certificate"_s.arg(pemPath));

    CaBundle bundle;
    bundle.certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    // fromData() skips what it cannot parse; a bundle with a broken entry is refused whole, since
    // the user would otherwise trust less than they think.
    if (bundle.certificates.size() != pem.count(PemBegin))
        return failed(CaBundleProblem::Invalid,
                      u"%1 holds a certificate that cannot be read"_s.arg(pemPath));
    return bundle;
}
