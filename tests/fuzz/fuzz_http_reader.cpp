// libFuzzer target: the mock's HTTP request reader must survive any bytes, split anywhere (no crash, no sanitizer
// report), and keep its limits: no body over the cap, no more headers than allowed.
#include "mock/HttpRequestReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace clickar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    HttpLimits limits;
    limits.maxBodyBytes = 4096; // small limits, so that inputs of a few kilobytes reach them
    limits.drainBodyBytes = 8192;
    limits.maxHeaderBytes = 2048;
    limits.maxHeaderLines = 20;
    HttpRequestReader reader(limits);
    // The first byte chooses the size of the pieces the rest is fed in (1…256 bytes).
    const qsizetype piece = data[0] + 1;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        reader.feed(bytes.mid(at, piece));
        while (reader.state() == HttpRequestReader::State::Complete) {
            const HttpRequest request = reader.takeRequest();
            if (request.body.size() > limits.maxBodyBytes || request.headers.size() > limits.maxHeaderLines ||
                request.method.isEmpty() || request.target.isEmpty())
                std::abort();
        }
        if (reader.state() == HttpRequestReader::State::Failed && reader.status() < 400)
            std::abort();
    }
    return 0;
}
