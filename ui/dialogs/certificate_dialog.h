#pragma once

#include "portal/certificate_info.h"

#include <QDialog>

namespace pbx::ui {

// An untrusted certificate, described so a person can check it with their
// provider. Accepting means "trust this certificate" for this portal only.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString &portal, const CertificateInfo &certificate, QWidget *parent = nullptr);
};

} // namespace pbx::ui
