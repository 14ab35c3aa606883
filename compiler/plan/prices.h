#pragma once

#include <map>
#include <string>

// On-demand list prices in USD, us-east-1 (N. Virginia), Linux, single-AZ, as published by AWS in 2024.
// They are the assumption `--explain-plan` states; other regions are typically 5-20% higher.
namespace ecsgen::plan {

inline constexpr double kHoursPerMonth = 730;
inline constexpr double kNatHour = 0.045;
inline constexpr double kLoadBalancerHour = 0.0225;  // ALB and NLB alike, before LCUs
inline constexpr double kEndpointHourPerZone = 0.01;
inline constexpr double kFargateVcpuHour = 0.04048, kFargateGbHour = 0.004445;
inline constexpr double kFargateArmVcpuHour = 0.03238, kFargateArmGbHour = 0.00356;
inline constexpr double kGp3GbMonth = 0.115, kMskGbMonth = 0.10;
inline constexpr double kSecretMonth = 0.40, kKmsKeyMonth = 1.0;

// RDS for PostgreSQL/MySQL instance hours by class (Multi-AZ is twice the price).
inline const std::map<std::string, double>& RdsHour() {
  static const std::map<std::string, double> prices = {
      {"db.t3.micro", 0.018},  {"db.t3.small", 0.036},  {"db.t3.medium", 0.072}, {"db.t3.large", 0.145},
      {"db.t4g.micro", 0.016}, {"db.t4g.small", 0.032}, {"db.t4g.medium", 0.065}, {"db.t4g.large", 0.129},
      {"db.m5.large", 0.178},  {"db.m6g.large", 0.159}, {"db.m6i.large", 0.178}, {"db.m7g.large", 0.168},
      {"db.r5.large", 0.25},   {"db.r6g.large", 0.225}, {"db.r6i.large", 0.25},  {"db.r7g.large", 0.239}};
  return prices;
}

inline const std::map<std::string, double>& CacheHour() {
  static const std::map<std::string, double> prices = {
      {"cache.t3.micro", 0.017}, {"cache.t3.small", 0.034},  {"cache.t4g.micro", 0.016}, {"cache.t4g.small", 0.032},
      {"cache.t4g.medium", 0.065}, {"cache.m6g.large", 0.149}, {"cache.r6g.large", 0.206}, {"cache.r7g.large", 0.219}};
  return prices;
}

inline const std::map<std::string, double>& MskHour() {
  static const std::map<std::string, double> prices = {
      {"kafka.t3.small", 0.0456}, {"kafka.m5.large", 0.21}, {"kafka.m7g.large", 0.204}, {"kafka.m5.xlarge", 0.42}};
  return prices;
}

inline const std::map<std::string, double>& Ec2Hour() {
  static const std::map<std::string, double> prices = {
      {"t3.nano", 0.0052}, {"t3.micro", 0.0104}, {"t4g.nano", 0.0042}, {"t4g.micro", 0.0084}, {"t3.small", 0.0208}};
  return prices;
}

}  // namespace ecsgen::plan
