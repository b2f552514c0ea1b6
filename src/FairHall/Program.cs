using FairHall.Platform.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddFairHall();

var app = builder.Build();
if (await FairHallCommands.TryRunAsync(app, args))
{
    return;
}

app.MapFairHall();
await app.RunAsync();

/// <summary>Entry point; public so that test hosts can start the application.</summary>
public partial class Program;
