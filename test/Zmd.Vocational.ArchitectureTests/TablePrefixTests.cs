using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Data;
using Zmd.Vocational.Data.Providers;

namespace Zmd.Vocational.ArchitectureTests;

/// <summary>A module owns its tables: every table of an entity type carries the prefix of the module the CLR type comes
/// from ("Sys" for the kernel's types in Core).</summary>
public sealed class TablePrefixTests
{
    [Fact]
    public void Every_entity_table_carries_its_modules_prefix()
    {
        var prefixes = PrefixesByAssembly();
        var options = new DbContextOptionsBuilder<SqliteVocationalDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var context = new SqliteVocationalDbContext(options, new SystemCurrentUser());

        var offenders = new List<string>();
        var entityTypes = context.Model.GetEntityTypes().ToList();
        entityTypes.ShouldNotBeEmpty();
        foreach (var entityType in entityTypes)
        {
            var table = entityType.GetTableName();
            if (table is null)
            {
                if (!entityType.IsOwned())
                {
                    offenders.Add($"{entityType.DisplayName()}: no table");
                }

                continue;
            }

            var assembly = entityType.ClrType.IsGenericType ? entityType.ClrType.GetGenericTypeDefinition().Assembly : entityType.ClrType.Assembly;
            if (!prefixes.TryGetValue(assembly, out var owner))
            {
                offenders.Add($"{entityType.DisplayName()} (table {table}): its type comes from {assembly.GetName().Name}, which is no module");
            }
            else if (!table.StartsWith(owner.Prefix, StringComparison.Ordinal))
            {
                offenders.Add($"{entityType.DisplayName()} (table {table}): belongs to {owner.Module}, whose prefix is \"{owner.Prefix}\"");
            }
        }

        offenders.ShouldBeEmpty(string.Join("; ", offenders));
    }

    [Fact]
    public void Every_module_has_its_own_prefix()
    {
        var prefixes = Modules.All.Select(m => ModulePrefix(m)).Append(KernelModelBuilderExtensions.TablePrefix).ToList();

        prefixes.ShouldAllBe(p => !string.IsNullOrWhiteSpace(p));
        prefixes.ShouldBeUnique();
        foreach (var a in prefixes)
        {
            // No prefix may start another ("Inst" and "Ins..." would let one module's tables pass as the other's).
            prefixes.Where(b => b != a && b.StartsWith(a, StringComparison.Ordinal)).ShouldBeEmpty();
        }
    }

    private static Dictionary<Assembly, (string Module, string Prefix)> PrefixesByAssembly()
    {
        var result = new Dictionary<Assembly, (string, string)> { [Modules.Core] = ("kernel", KernelModelBuilderExtensions.TablePrefix) };
        foreach (var module in Modules.All)
        {
            result[module.Assembly] = (module.Name, ModulePrefix(module));
        }

        // ASP.NET Core Identity's generic entity types (IdentityUserClaim<Guid>, IdentityUserRole<Guid>, …) are mapped by
        // the Identity module.
        result[typeof(IdentityUserClaim<>).Assembly] = ("Identity", ModulePrefix(Modules.Named("Identity")));
        return result;
    }

    private static string ModulePrefix(ModuleInfo module)
    {
        var type = module.Assembly.GetType($"{module.RootNamespace}.Data.{module.Name}ModelBuilderExtensions")
            ?? throw new InvalidOperationException($"{module.Name}: Data.{module.Name}ModelBuilderExtensions is missing.");
        var field = type.GetField("TablePrefix", BindingFlags.Public | BindingFlags.Static);
        if (field is not { IsLiteral: true } || field.GetRawConstantValue() is not string prefix)
        {
            throw new InvalidOperationException($"{type.FullName} has no public const string TablePrefix.");
        }

        return prefix;
    }
}
