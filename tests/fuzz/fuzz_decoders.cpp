// libFuzzer target: every response decoder of the client must survive any bytes (no crash, no sanitizer report).
#include "domain/Account.h"
#include "domain/Codec.h"
#include "domain/Contract.h"
#include "domain/Renewal.h"

#include <cstddef>
#include <cstdint>

using namespace clickar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    (void)decodeObject<Renewal>(body, &error);
    (void)decodeObject<LoginResult>(body, &error);
    (void)decodeObject<Tokens>(body, &error);
    (void)decodeObject<Me>(body, &error);
    (void)decodeObject<Support>(body, &error);
    (void)decodeObject<Guide>(body, &error);
    (void)decodeObject<SubmitResult>(body, &error);
    (void)decodeObject<Quote>(body, &error);
    (void)decodeArray<Contract>(body, &error);
    (void)decodeArray<Mail>(body, &error);
    return 0;
}
