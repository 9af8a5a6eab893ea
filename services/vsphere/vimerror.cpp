// SPDX-License-Identifier: GPL-3.0-or-later
#include "vimerror.h"

VimError::VimError(Kind kind, QString message, QString faultType)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_faultType(std::move(faultType))
{ }
