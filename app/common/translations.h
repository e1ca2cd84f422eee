#pragma once

#include <QString>

namespace pbx {

// Installs our catalogue and Qt's own for `language` (e.g. "fr_CA"), or for
// the system's locale when it is empty, and makes that locale the default.
// A language we do not ship gets English, whose catalogue holds the plural
// forms ("1 second", "2 seconds"). pbx-admin and pbx-admin-cli both call it.
void installTranslations(const QString &language = {});

} // namespace pbx
