-- Privileges inside the Zmd.Vocational database (run by setup.sh as a superuser, connected to it).

-- Only the owner creates objects; the application role may use the schema, nothing else may.
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";

-- Data: read and write every table, use every sequence — those there now and those later migrations create.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app";

-- Audit tables: read and append only. (They exist once `zmd migrate` has run; hence: run setup.sh after migrating.)
SELECT format('REVOKE ALL ON TABLE public.%I FROM %I', t, :'app'),
       format('GRANT SELECT, INSERT ON TABLE public.%I TO %I', t, :'app')
FROM unnest(ARRAY['SysEntityChanges', 'SysPropertyChanges', 'IdnSecurityLog']) AS t
WHERE to_regclass(format('public.%I', t)) IS NOT NULL \gexec
