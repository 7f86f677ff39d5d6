#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

// Extra certificate authorities for a private gateway, read from a PEM file. They are trusted on
// top of the system's, never instead of them.
enum class CaBundleProblem {
    None,
    Unreadable,     // missing, not a regular file, no permission, or absurdly large
    NoCertificates, // readable, but not one PEM certificate in it
    Invalid,        // a certificate in it does not parse
};

struct CaBundle
{
    QList<QSslCertificate> certificates;
    CaBundleProblem problem = CaBundleProblem::None;
    QString detail; // the file's name and what is wrong with it, for a log or a tooltip

    bool isValid() const { return problem == CaBundleProblem::None; }

    static CaBundle load(const QString &pemPath);
};
