-- The novelty check's plan grows in estimated cost with the fingerprint table, and past about 150,000 entries the
-- planner would compile it with JIT, which costs more than the query itself (libs/submissions/novelty README).
-- The service's short transactional queries never gain from JIT either.
ALTER ROLE CURRENT_USER SET jit = off;
