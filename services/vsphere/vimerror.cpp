// SPDX-License-Identifier: GPL-3.0-or-later
#include "vimerror.h"

#include <QObject>

VimError::VimError(Kind kind, QString message, QString faultType)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_faultType(std::move(faultType))
{ }

VimError VimError::cancelled()
{
    return { Kind::Network, QObject::tr("The request was cancelled.") };
}
