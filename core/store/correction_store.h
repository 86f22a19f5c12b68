// Store-internal side of corrections, anchors and statement time: value
// codecs, the index entries they derive, and the hooks Ingest, Check, Export
// and Import call. Only store/*.cpp include this.
#pragma once

#include <rocksdb/write_batch.h>

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>
#include <vector>

#include "core/store/corrections.h"
#include "core/store/derive.h"
#include "core/store/impl.h"

namespace claimkb::store {

namespace values {
std::string Encode(const ClaimState& v);
std::string Encode(const ClaimVersion& v);
Status Decode(std::string_view bytes, ClaimState* v);
Status Decode(std::string_view bytes, ClaimVersion* v);
}  // namespace values

// The stored state of claim c, or the default one (version 1, extracted,
// current on its own document and span) when it has none.
Result<ClaimState> LoadClaimState(const ReadView& v, const model::Claim& c);
// The stored state only; NotFound when the claim has none.
Result<ClaimState> LoadStoredState(const ReadView& v, std::string_view claim_id);

// idx_claim_status entries of one claim in `state`.
void StateEntries(const model::Claim& c, const ClaimState& state, std::vector<derive::Entry>* out);
// idx_said entries of a document's claims and events (called by derive::DocumentEntries).
void StatementEntries(const values::DocumentRecord& doc, const std::vector<model::Claim>& claims,
                      const std::vector<model::Event>& events, std::vector<derive::Entry>* out);

// Ingest hook, REQUIRES write_mu: `rec` is a new version of a URL whose older
// versions are `older` (oldest first). Re-anchors every claim of the older
// versions in `text` (their states go into batch), and carries corrections
// over to the claims of the new version standing where a corrected claim's
// quote was found: *claims and *edges are updated, and their versions and
// states go into batch.
Status Reanchor(const ReadView& v, Store::Impl& impl, const values::DocumentRecord& rec, std::string_view text,
                const std::vector<std::string>& older, std::vector<model::Claim>* claims,
                std::vector<model::Edge>* edges, rocksdb::WriteBatch* batch);

// Check: every state and version belongs to a stored claim, the latest
// version equals the claim record and the state's version; expected
// idx_claim_status entries are appended to *expected.
Status CheckCorrections(const ReadView& v, std::vector<std::string>* problems, std::vector<derive::Entry>* expected);

// Export: "claim_state" and "claim_version" records. Import: parses one such
// record into batch-ready entries (records and their index entries).
Status ExportCorrections(const ReadView& v, std::ostream& out);
bool IsCorrectionRecord(std::string_view record);
// Throws nlohmann::json::exception or std::exception on a bad record.
void ImportCorrection(const nlohmann::json& j, std::vector<derive::Entry>* out);
// Import pass 2: idx_claim_status entries of every imported state.
Status RebuildStateEntries(const ReadView& v, std::vector<derive::Entry>* out);

// Now in UTC, ISO 8601 to the second ("2026-03-03T09:15:00Z").
std::string NowUtc();
// Deletes the keys of `before` that `after` lacks and puts every entry of `after`.
void ApplyDiff(Store::Impl& impl, const std::vector<derive::Entry>& before, const std::vector<derive::Entry>& after,
               rocksdb::WriteBatch* batch);
// The index entries of one stored claim within its document (all but idx_url).
Status ClaimEntries(const ReadView& v, const model::Claim& c, std::vector<derive::Entry>* out);
// Sets c's span, text and quote selector to code points [start, end) of text.
Status Recut(const std::string& text, const model::Span& span, model::Claim* c);

}  // namespace claimkb::store
