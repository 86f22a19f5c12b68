#include "core/extract/quantities.h"

namespace claimkb::extract {

std::vector<model::Quantity> FindQuantities(std::string_view text) { return {}; }

}  // namespace claimkb::extract
