import MentorServer

await MentorCommand.runFromCommandLine()
