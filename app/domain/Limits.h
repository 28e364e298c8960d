#pragma once

#include <QtGlobal>

// Field bounds of the wire format (docs/openapi.yaml), shared by the decoder and server validation.
namespace mycloud::limits {

constexpr qsizetype kName = 200;
constexpr qsizetype kReference = 100;
constexpr qsizetype kPhone = 40;
constexpr qsizetype kEmail = 254;
constexpr qsizetype kAddress = 500;
constexpr qsizetype kUrl = 500;
constexpr qsizetype kTitle = 300;
constexpr qsizetype kFileName = 255;
constexpr qsizetype kMimeType = 255;
constexpr qsizetype kText = 10000; // descriptions, work done, comments
constexpr qsizetype kCursor = 512;
constexpr qsizetype kQrTokenMin = 22;
constexpr qsizetype kQrTokenMax = 64;
constexpr qsizetype kSha256Hex = 64;
constexpr qsizetype kPageItems = 500;
constexpr qint64 kMaxVersion = 9007199254740991LL; // 2^53 - 1: the largest integer JSON carries exactly

} // namespace mycloud::limits
