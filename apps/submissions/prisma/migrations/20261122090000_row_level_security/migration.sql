-- Row-level security: a statement sees and changes only the rows of the province its transaction is scoped to
-- (set_config('cchc.province', <code>, true), done by the tenancy client extension); the scope '*' reads every
-- province and writes none; an unscoped transaction sees nothing. FORCE applies the policies to this service's
-- own role, which owns the tables.

ALTER TABLE "province" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "province" FORCE ROW LEVEL SECURITY;
-- The list of provinces is the platform's directory, readable in any scope; each province is changed in its own.
CREATE POLICY "province_read" ON "province" FOR SELECT USING (true);
CREATE POLICY "province_write" ON "province" FOR ALL
  USING ("code" = current_setting('cchc.province', true))
  WITH CHECK ("code" = current_setting('cchc.province', true));

ALTER TABLE "unit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "unit" FORCE ROW LEVEL SECURITY;
CREATE POLICY "unit_read" ON "unit" FOR SELECT
  USING ("province_code" = current_setting('cchc.province', true) OR current_setting('cchc.province', true) = '*');
CREATE POLICY "unit_write" ON "unit" FOR ALL
  USING ("province_code" = current_setting('cchc.province', true))
  WITH CHECK ("province_code" = current_setting('cchc.province', true));
