using FairHall.Platform.Data;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FairHall.Tests.Platform;

/// <summary>The versioned schema scripts apply from empty, refuse a changed script, and match the EF model.</summary>
[Trait("Req", "PLATFORM-SCHEMA")]
public abstract class SchemaTests<TDb> where TDb : TestDb, new()
{
    [Fact]
    public async Task Scripts_apply_from_empty_then_are_not_applied_again()
    {
        await using var db = new TDb();
        await db.CreateAsync();
        await using var context = Context(db);
        var runner = Runner(context, db);

        var first = await runner.ApplyAsync();
        var second = await runner.ApplyAsync();

        first.ShouldBe(SchemaScript.For(db.Provider).Select(s => s.Name).ToList());
        second.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_changed_script_is_refused_and_nothing_runs()
    {
        await using var db = new TDb();
        await db.CreateAsync();
        await using var context = Context(db);
        var scripts = SchemaScript.For(db.Provider);
        await Runner(context, db).ApplyAsync(scripts);

        var changed = scripts.Select((s, i) => i == 0 ? s with { Sql = s.Sql + "\n-- edited later" } : s).ToList();
        var extra = new SchemaScript("9999_should_not_run.sql", "CREATE TABLE should_not_exist (id INTEGER);");
        var ex = await Should.ThrowAsync<SchemaScriptChangedException>(() => Runner(context, db).ApplyAsync([.. changed, extra]));

        ex.Message.ShouldContain(scripts[0].Name);
        await context.Database.OpenConnectionAsync();
        var tables = await SchemaInspector.DescribeAsync(context.Database.GetDbConnection(), db.Provider);
        tables.ShouldNotContain(l => l.Contains("should_not_exist"));
    }

    [Fact]
    public async Task Migrated_schema_matches_what_the_EF_model_expects()
    {
        await using var scripted = new TDb();
        await scripted.CreateAsync();
        await using var fromModel = new TDb();
        await fromModel.CreateAsync();

        await using var a = Context(scripted);
        await Runner(a, scripted).ApplyAsync();
        await using var b = Context(fromModel);
        await b.Database.EnsureCreatedAsync();

        await a.Database.OpenConnectionAsync();
        await b.Database.OpenConnectionAsync();
        var actual = await SchemaInspector.DescribeAsync(a.Database.GetDbConnection(), scripted.Provider);
        var expected = await SchemaInspector.DescribeAsync(b.Database.GetDbConnection(), fromModel.Provider);

        actual.Except(expected).ShouldBeEmpty("in the scripts but not in the model");
        expected.Except(actual).ShouldBeEmpty("in the model but not in the scripts");
    }

    private static FairHallDbContext Context(TDb db)
    {
        var options = new DbContextOptionsBuilder<FairHallDbContext>();
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(db.ConnectionString);
        }
        else
        {
            options.UseNpgsql(db.ConnectionString);
        }

        return new FairHallDbContext(options.Options);
    }

    private static SchemaRunner Runner(FairHallDbContext context, TDb db) =>
        new(context, new DatabaseOptions { Provider = db.Provider }, TimeProvider.System, NullLogger<SchemaRunner>.Instance);
}

[Trait("Provider", "sqlite")]
public sealed class SchemaTestsOnSqlite : SchemaTests<SqliteDb>;

[Trait("Provider", "postgres")]
public sealed class SchemaTestsOnPostgres : SchemaTests<PostgresDb>;
