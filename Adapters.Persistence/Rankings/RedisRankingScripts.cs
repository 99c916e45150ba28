namespace Hexagon.Adapters.Persistence.Rankings;

/// <summary>
/// The Lua scripts (EVAL runs each atomically, so no other client sees half a change). Kept together: they share
/// the key layout of <see cref="RedisRankingKeys"/>.
/// </summary>
internal static class RedisRankingScripts
{
    /// <summary>
    /// KEYS: per bucket (orders board, revenue board, applied set). ARGV: this move's marker, the opposite move's
    /// marker, "1" for a placement or "0" for a cancellation, member, amount, then one TTL in ms per bucket (-1: none).
    /// A placement counts when it is new and its cancellation has not come first; a cancellation takes out only what
    /// a placement put in. Either way the marker stays, so a replay, or a placement arriving after its cancellation,
    /// changes nothing. Returns the number of buckets changed.
    /// </summary>
    public const string Apply = """
        local placed = ARGV[3] == '1'
        local member = ARGV[4]
        local amount = tonumber(ARGV[5])
        local changed = 0
        for i = 0, (#KEYS / 3) - 1 do
          local orders, revenue, applied = KEYS[i * 3 + 1], KEYS[i * 3 + 2], KEYS[i * 3 + 3]
          if redis.call('SADD', applied, ARGV[1]) == 1 then
            local other = redis.call('SISMEMBER', applied, ARGV[2]) == 1
            if placed and not other then
              redis.call('ZINCRBY', orders, 1, member)
              redis.call('ZINCRBY', revenue, amount, member)
              changed = changed + 1
            elseif (not placed) and other then
              if tonumber(redis.call('ZINCRBY', orders, -1, member)) <= 0 then redis.call('ZREM', orders, member) end
              if tonumber(redis.call('ZINCRBY', revenue, -amount, member)) <= 0 then redis.call('ZREM', revenue, member) end
              changed = changed + 1
            end
            local ttl = tonumber(ARGV[6 + i])
            if ttl > 0 then
              redis.call('PEXPIRE', orders, ttl)
              redis.call('PEXPIRE', revenue, ttl)
              redis.call('PEXPIRE', applied, ttl)
            end
          end
        end
        return changed
        """;

    /// <summary>
    /// KEYS[1]: a board. ARGV[1]: n. The n best members above zero as (member, score) pairs. The members tied with the
    /// n-th are re-read in ascending member order, so the smallest store ids of that tie make the cut.
    /// </summary>
    public const string Top = """
        local n = tonumber(ARGV[1])
        local top = redis.call('ZREVRANGEBYSCORE', KEYS[1], '+inf', '(0', 'WITHSCORES', 'LIMIT', 0, n)
        if #top < 2 * n then return top end
        local last = top[#top]
        local result = {}
        for i = 1, #top, 2 do
          if tonumber(top[i + 1]) > tonumber(last) then
            result[#result + 1] = top[i]
            result[#result + 1] = top[i + 1]
          end
        end
        local tied = redis.call('ZRANGEBYSCORE', KEYS[1], last, last, 'WITHSCORES', 'LIMIT', 0, n - #result / 2)
        for i = 1, #tied do result[#result + 1] = tied[i] end
        return result
        """;

    /// <summary>
    /// KEYS: (staging, live) pairs. ARGV: per pair the live key's TTL in ms, -1 to keep it forever, 0 to drop it.
    /// Renames every staging key over its live key in one step; a live key with nothing staged is deleted (the
    /// rebuild found nothing for it).
    /// </summary>
    public const string Swap = """
        for i = 1, #KEYS, 2 do
          local ttl = tonumber(ARGV[(i + 1) / 2])
          if ttl ~= 0 and redis.call('EXISTS', KEYS[i]) == 1 then
            redis.call('RENAME', KEYS[i], KEYS[i + 1])
            if ttl > 0 then redis.call('PEXPIRE', KEYS[i + 1], ttl) else redis.call('PERSIST', KEYS[i + 1]) end
          else
            redis.call('DEL', KEYS[i], KEYS[i + 1])
          end
        end
        return #KEYS / 2
        """;
}
