#pragma once
// Runs one piece of recommender work (training, evaluation, an audit) as a BackgroundJob on the
// recommender's threads; the work's value is result() once finished.

#include "widgets/studio/background_job.h"

namespace pmis {

class RecJob : public BackgroundJob
{
    Q_OBJECT
public:
    explicit RecJob(QObject *parent = nullptr)
        : BackgroundJob(JobKind::Recommender, parent)
    {}
};

} // namespace pmis
