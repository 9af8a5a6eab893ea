// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

// Qt's and vmdesk's translations for the user's language (from :/i18n, embedded in vmdesk and
// vmdeskctl), English when there is none: English holds the plural forms ("1 error", "2 errors").
void installTranslations(QCoreApplication& app);
