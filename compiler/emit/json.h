#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ecsgen::emit {

// Small blocks for the emitters' JSON trees. At 10,000 services the emitters build and free about a
// hundred million tree nodes (object and array buffers, value holders); through malloc that was a
// third of `compile`, most of it spent coalescing freed chunks and walking bins scattered over a heap
// the parser had fragmented. The pool hands out blocks in 16-byte size classes from slabs, keeps freed
// blocks in per-class lists of the freeing thread, and never returns slabs, so a block freed on one
// thread and reused on another stays valid. Its memory is bounded by the largest set of trees alive at
// once (one family's), which the next family reuses. Under a sanitizer it forwards to operator new so
// use-after-free and leaks in the emitters are still caught.
namespace pool {
void* Allocate(std::size_t bytes);
void Free(void* block, std::size_t bytes) noexcept;
}  // namespace pool

template <typename T>
struct PoolAllocator {
  using value_type = T;
  PoolAllocator() noexcept = default;
  template <typename U>
  PoolAllocator(const PoolAllocator<U>&) noexcept {}  // NOLINT: rebinding must be implicit
  T* allocate(std::size_t n) { return static_cast<T*>(pool::Allocate(n * sizeof(T))); }
  void deallocate(T* block, std::size_t n) noexcept { pool::Free(block, n * sizeof(T)); }
  friend bool operator==(const PoolAllocator&, const PoolAllocator&) { return true; }
  friend bool operator!=(const PoolAllocator&, const PoolAllocator&) { return false; }
};

// The tree the emitters build: nlohmann's ordered_json (members keep their insertion order) with its
// objects, arrays and value holders in the pool. Documents handed out of the emitters
// (Output::document) are plain nlohmann::ordered_json.
using Json = nlohmann::basic_json<nlohmann::ordered_map, std::vector, std::string, bool, std::int64_t,
                                  std::uint64_t, double, PoolAllocator>;

}  // namespace ecsgen::emit
