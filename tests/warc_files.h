// WARC files for the tests, built the way wget, warcio and Common Crawl
// write them.
#ifndef PITH_TESTS_WARC_FILES_H_
#define PITH_TESTS_WARC_FILES_H_

#include <cstdint>
#include <string>
#include <vector>

namespace pith::testing {

// The Content-Type of a response record.
extern const char* const kHttpCt;

// One WARC record: version line, WARC-Type, WARC-Record-ID <urn:uuid:ID>,
// a WARC-Date whose last digit is ID's, the target and Content-Type when
// given, `extra_headers`, Content-Length, the block and the trailer.
std::string Record(const std::string& version, const std::string& type, const std::string& id,
                   const std::string& uri, const std::string& content_type,
                   const std::string& block, const std::string& extra_headers = "");

// A page whose article is `words` and a sentence around them.
std::string Page(const std::string& words);

// `body` in chunked transfer coding, 50 bytes a chunk.
std::string Chunked(const std::string& body);

// An archive like warcio's, record by record: WARC/1.0, warcinfo, a request,
// a response chunked and gzip-encoded as it came over the wire (page
// "Chunked gzip story", http://example.org/a), a revisit, a metadata
// record, an image, and a windows-1251 page whose charset only the HTTP
// header gives (http://example.org/b). Record ids 00000001 to 00000007.
std::vector<std::string> WarcioRecords();

std::string Join(const std::vector<std::string>& parts);

// Each record its own gzip member; `offsets` (when given) gets where each
// member starts.
std::string GzipEach(const std::vector<std::string>& records, std::vector<std::uint64_t>* offsets);

}  // namespace pith::testing

#endif  // PITH_TESTS_WARC_FILES_H_
